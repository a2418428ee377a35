using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Domain.Actionability;

/// <summary>
/// Level C "inclusion criteria for clinical trials": a trial ENROLLS a covering node (or one of its arms STUDIES it)
/// and an arm of the trial EVALUATES the drug in a role other than control or comparator (a control arm's drug is not
/// the one the variant selects patients for). Where arms giving the drug study the covering node, only those are named.
/// </summary>
internal static class TrialInclusionRule
{
    private static readonly HashSet<string> NotEvaluated = new(["CONTROL", "COMPARATOR"], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<Candidate> Apply(ActionabilityGraph graph, CoveringNode cover, Func<GraphNode, bool> wanted, FindingFactory factory)
    {
        var selections = new Dictionary<string, List<GraphRelationship>>(StringComparer.Ordinal);
        foreach (var enrolls in graph.Incoming(cover.Node.Id, Enrolls)) Add(selections, enrolls.FromId, enrolls);
        foreach (var studies in graph.Incoming(cover.Node.Id, Studies))
            foreach (var hasArm in graph.Incoming(studies.FromId, HasArm)) Add(selections, hasArm.FromId, studies);

        foreach (var (trialId, selecting) in selections.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (graph.Node(trialId) is not { Kind: NodeKind.Trial } trial) continue;
            var studied = selecting.Where(r => r.Type == Studies).Select(r => r.FromId).ToHashSet(StringComparer.Ordinal);
            var byDrug = graph.Outgoing(trial.Id, HasArm)
                .SelectMany(hasArm => graph.Outgoing(hasArm.ToId, Evaluates).Select(evaluates => (hasArm, evaluates)))
                .Where(p => !NotEvaluated.Contains(p.evaluates.Properties.GetText("role") ?? ""))
                .GroupBy(p => p.evaluates.ToId, StringComparer.Ordinal);
            foreach (var group in byDrug)
            {
                if (graph.Node(group.Key) is not { } drug || !wanted(drug)) continue;
                var givers = group.Any(p => studied.Contains(p.hasArm.ToId)) ? group.Where(p => studied.Contains(p.hasArm.ToId)).ToList() : group.ToList();
                var arms = givers.Select(p => graph.Node(p.hasArm.ToId)).OfType<GraphNode>().DistinctBy(a => a.Id).ToList();
                var relationships = selecting.Where(r => r.Type == Enrolls || givers.Any(p => p.hasArm.ToId == r.FromId))
                    .Concat(givers.SelectMany(p => new[] { p.hasArm, p.evaluates })).DistinctBy(r => r.Key).ToList();
                var how = selecting.Any(r => r.Type == Enrolls) ? "ENROLLS" : "has arms that STUDY";
                yield return factory.Make(trial.Id, drug, ActionabilityRules.TrialInclusionCriterion, ResponseDirection.Sensitivity,
                    $"{trial.Name} {how} {cover.Node.Name} and its arm(s) {string.Join("; ", arms.Select(a => a.Name))} EVALUATE {drug.Name}: the variant is an inclusion criterion of a trial of the drug (Li 2017 level C).",
                    cover, new ActionabilityTriggers([], [trial], arms, [], relationships));
            }
        }
    }

    private static void Add(Dictionary<string, List<GraphRelationship>> selections, string trialId, GraphRelationship relationship)
    {
        if (!selections.TryGetValue(trialId, out var list)) selections[trialId] = list = [];
        list.Add(relationship);
    }
}
