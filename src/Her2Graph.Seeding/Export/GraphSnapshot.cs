using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// A whole graph as it was at one version: nodes by id, relationships by type and key, both in ordinal order so
/// that everything written from a snapshot is byte-identical for the same version.
/// </summary>
/// <param name="Version">The graph id and version every entity was read at.</param>
public sealed record GraphSnapshot(GraphVersion Version, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>Nodes per kind, every kind included (zero where none).</summary>
    public IReadOnlyDictionary<NodeKind, int> NodeCounts =>
        Enum.GetValues<NodeKind>().ToDictionary(k => k, k => Nodes.Count(n => n.Kind == k));

    /// <summary>Relationships per type, every type included (zero where none).</summary>
    public IReadOnlyDictionary<RelationshipType, int> RelationshipCounts =>
        Enum.GetValues<RelationshipType>().ToDictionary(t => t, t => Relationships.Count(r => r.Type == t));
}
