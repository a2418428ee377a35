using GraphQL.DataLoader;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Loaders;

/// <summary>Nodes by id, one store call per query level. Scoped: one per request.</summary>
internal sealed class NodesByIdDataLoader(IGraphStore store)
{
    private readonly BatchDataLoader<string, GraphNode?> _loader = new(
        async (ids, cancellationToken) => (await store.GetNodesAsync(ids, cancellationToken)).ToDictionary(p => p.Key, p => (GraphNode?)p.Value),
        missing: null);

    public IDataLoaderResult<GraphNode?> Load(string id) => _loader.Load(id);

    public void Clear() => _loader.Clear();
}
