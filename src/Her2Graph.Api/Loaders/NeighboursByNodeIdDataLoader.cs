using GraphQL.DataLoader;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Loaders;

/// <summary>
/// All relationships of nodes, both directions, with the node at the other end. Every traversal field of a level
/// shares this one loader and filters its own relationship types afterwards, so a level costs one store call however
/// many different traversals it asks for. The over-fetch is small: nodes here have tens of relationships, not thousands.
/// </summary>
internal sealed class NeighboursByNodeIdDataLoader(IGraphStore store)
{
    private readonly BatchDataLoader<string, IReadOnlyList<Neighbour>> _loader = new(
        async (ids, cancellationToken) => await store.GetNeighboursAsync(new NeighbourQuery(ids, Direction.Both), cancellationToken),
        missing: []);

    public IDataLoaderResult<IReadOnlyList<Neighbour>> Load(string nodeId) => _loader.Load(nodeId);

    public void Clear() => _loader.Clear();
}
