using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>Builds findings for one variant: the weakest status over every fact used, and the coverage in the reason.</summary>
internal sealed class FindingFactory(GraphNode variant)
{
    public Candidate Make(
        string triggerKey, GraphNode drug, ActionabilityRule rule, ResponseDirection direction, string reason, CoveringNode cover, ActionabilityTriggers triggers)
    {
        var facts = cover.Path.Select(r => (Key: r.Key.ToString(), r.Provenance.Status))
            .Concat(triggers.Relationships.Select(r => (Key: r.Key.ToString(), r.Provenance.Status)))
            .Concat(triggers.Nodes.Select(n => (Key: n.Id, n.Provenance.Status)))
            .ToList();
        // Verified < FromKnowledge < Unverified: the enum's order is the order of weakness.
        var weakest = facts.Count == 0 ? (Key: variant.Id, variant.Provenance.Status) : facts.MaxBy(f => (int)f.Status);
        var words = $"{reason} Recorded on {cover.Describe()}. Weakest fact: {weakest.Key} ({Wire(weakest.Status)}).";
        return new Candidate(new ActionabilityFinding(variant, drug, rule.Level, direction, rule, words, weakest.Status, weakest.Key, cover.Node, cover.Path, triggers), triggerKey);
    }

    private static string Wire(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => "verified",
        VerificationStatus.FromKnowledge => "from-knowledge",
        _ => "unverified",
    };
}
