using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>The graph version and counts; every kind and type has an entry, zero included.</summary>
/// <param name="Version">Bumped by every write that changes something; 0 for an empty, never-written store.</param>
public sealed record GraphStatistics(
    long Version,
    IReadOnlyDictionary<NodeKind, int> NodeCounts,
    IReadOnlyDictionary<RelationshipType, int> RelationshipCounts);
