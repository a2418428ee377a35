using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>
/// Computes the AMP/ASCO/CAP 2017 findings of a variant (or class) for one drug or for every drug the facts reach,
/// from the facts handed in (<see cref="ActionabilityGraph"/>); no I/O. Every finding names its rule
/// (<see cref="ActionabilityRules"/>), the facts it used and the status of the weakest.
/// </summary>
public static class ActionabilityEvaluator
{
    /// <summary>The tumour type of the graph: levels A and C ask whether an approval is for it.</summary>
    public const string DefaultTumourType = "nsclc";

    /// <summary>
    /// The findings, ordered by drug, level (A to D, then undetermined), rule and triggering fact; empty when the
    /// variant is not in the graph or nothing links it to the drug. A fact met through several classes counts once,
    /// through the nearest.
    /// </summary>
    public static IReadOnlyList<ActionabilityFinding> Evaluate(ActionabilityGraph graph, string variantId, string? drugId = null, string tumourTypeId = DefaultTumourType)
    {
        if (graph.Node(variantId) is not { } variant) return [];
        var tumour = new TumourType(graph, tumourTypeId);
        var factory = new FindingFactory(variant);
        bool Wanted(GraphNode drug) => drug.Kind == NodeKind.Drug && (drugId is null || drug.Id == drugId);

        var candidates = new List<Candidate>();
        foreach (var cover in CoveringNode.Of(graph, variant))
        {
            candidates.AddRange(ApprovalRules.Apply(graph, cover, tumour, Wanted, factory));
            candidates.AddRange(EvidenceRules.Apply(graph, cover, Wanted, factory));
            candidates.AddRange(TrialInclusionRule.Apply(graph, cover, Wanted, factory));
        }

        return candidates
            .DistinctBy(c => c.Identity)
            .OrderBy(c => c.Finding.Drug.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Finding.Level)
            .ThenBy(c => c.Finding.Rule.Name, StringComparer.Ordinal)
            .ThenBy(c => c.TriggerKey, StringComparer.Ordinal)
            .Select(c => c.Finding)
            .ToList();
    }
}
