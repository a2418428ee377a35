using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>Ready-made <see cref="ExistingRelationshipLookup"/>s.</summary>
public static class ExistingRelationships
{
    /// <summary>Nothing outside the batch: the batch is the whole graph (a seed folder), so every rule is judged on it alone.</summary>
    public static ExistingRelationshipLookup None { get; } = (_, _, _) => Task.FromResult<IReadOnlyList<GraphRelationship>>([]);

    /// <summary>Looks in a store, in one neighbour read per call.</summary>
    public static ExistingRelationshipLookup In(IGraphStore store) => async (ids, types, cancellationToken) =>
    {
        var neighbours = await store.GetAllNeighboursAsync(ids, Direction.Both, types, cancellationToken);
        return neighbours.Values.SelectMany(n => n).Select(n => n.Relationship).DistinctBy(r => r.Key).ToList();
    };
}
