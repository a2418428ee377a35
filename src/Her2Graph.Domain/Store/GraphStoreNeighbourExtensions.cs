using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>The plain read of <see cref="IGraphStore.GetNeighboursAsync"/>: one untagged branch, no condition, grouped by origin.</summary>
public static class GraphStoreNeighbourExtensions
{
    /// <summary>Every relationship of these types (all when none are given) of these nodes, with the node at the other end, by origin.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Neighbour>>> GetAllNeighboursAsync(
        this IGraphStore store,
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType>? types,
        CancellationToken cancellationToken)
    {
        var groups = await store.GetNeighboursAsync(NeighbourQuery.Of(nodeIds, direction, types), cancellationToken);
        return groups.ToDictionary(g => g.Key.OriginId, g => g.Value.Neighbours, StringComparer.Ordinal);
    }
}
