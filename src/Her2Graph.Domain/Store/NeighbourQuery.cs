using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>Which relationships of which nodes to follow.</summary>
/// <param name="NodeIds">The nodes to start from.</param>
/// <param name="Direction">Which way to follow relationships.</param>
/// <param name="Types">Relationship types to follow; null or empty follows all.</param>
public sealed record NeighbourQuery(
    IReadOnlyCollection<string> NodeIds,
    Direction Direction,
    IReadOnlyCollection<RelationshipType>? Types = null);
