using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Actionability;

/// <summary>The facts that triggered a finding, by kind, each list in the order the rule met them.</summary>
public sealed record ActionabilityTriggers(
    IReadOnlyList<GraphNode> Approvals,
    IReadOnlyList<GraphNode> Trials,
    IReadOnlyList<GraphNode> Arms,
    IReadOnlyList<GraphNode> ResistanceMechanisms,
    IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>Every node among the triggers.</summary>
    public IEnumerable<GraphNode> Nodes => Approvals.Concat(Trials).Concat(Arms).Concat(ResistanceMechanisms);
}
