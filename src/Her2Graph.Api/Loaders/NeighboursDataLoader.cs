using GraphQL.DataLoader;
using Her2Graph.Api.Caching;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Loaders;

/// <summary>
/// The traversals of a query level. Each traversal field asks for its <see cref="NeighbourShape"/> (pattern with its
/// condition, order, aggregates) of one node; when the level is complete, every shape asked becomes one branch of one
/// <see cref="NeighbourQuery"/>, so a level costs one store call however many different traversals and filters it
/// carries, and the store filters, orders and aggregates.
/// </summary>
internal sealed class NeighboursDataLoader
{
    private readonly Dictionary<string, NeighbourShape> _shapes = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly BatchDataLoader<NeighbourKey, NeighbourGroup> _loader;

    public NeighboursDataLoader(IGraphStore store) =>
        _loader = new BatchDataLoader<NeighbourKey, NeighbourGroup>(
            async (keys, cancellationToken) => await store.GetNeighboursAsync(QueryOf(keys), cancellationToken),
            missing: NeighbourGroup.Empty);

    /// <summary>One shape's group for one node.</summary>
    public IDataLoaderResult<NeighbourGroup> Load(NeighbourShape shape, string nodeId)
    {
        var tag = shape.Tag;
        lock (_gate) _shapes.TryAdd(tag, shape);
        return _loader.Load(new NeighbourKey(tag, nodeId));
    }

    /// <summary>Every relationship of a node, either way, in the default order.</summary>
    public IDataLoaderResult<IReadOnlyList<Neighbour>> LoadAll(string nodeId) => Load(NeighbourShape.All, nodeId).Then(g => g.Neighbours);

    /// <summary>Forgets everything loaded, so that reads after a write in the same request see the write.</summary>
    public void Clear() => _loader.Clear();

    private NeighbourQuery QueryOf(IReadOnlyCollection<NeighbourKey> keys)
    {
        lock (_gate)
        {
            return new NeighbourQuery(keys
                .GroupBy(k => k.Tag, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => _shapes[g.Key].Branch(g.Key, g.Select(k => k.OriginId).Order(StringComparer.Ordinal).ToList()))
                .ToList());
        }
    }
}

/// <summary>What a traversal field asks of each node: a <see cref="NeighbourBranch"/> without its tag and nodes.</summary>
internal sealed record NeighbourShape(
    LinkPattern Pattern,
    IReadOnlyList<NodeOrder>? Order = null,
    bool Rows = true,
    AggregateRequest? Aggregate = null,
    Reach? Via = null)
{
    public static NeighbourShape All { get; } = new(LinkPattern.All);

    /// <summary>The canonical text of the shape: fields that ask the same thing share one branch.</summary>
    public string Tag => field ??= CacheKeys.ShapeOf(Branch(string.Empty, []));

    public NeighbourBranch Branch(string tag, IReadOnlyCollection<string> nodeIds) => new(tag, nodeIds, Pattern, Order, Rows, Aggregate, Via);
}
