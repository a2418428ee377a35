using GraphQL.DataLoader;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Loaders;

/// <summary>Relationships by key, one store call per query level (the change log's entities). Scoped: one per request.</summary>
internal sealed class RelationshipsByKeyDataLoader(IGraphStore store)
{
    private readonly BatchDataLoader<RelationshipKey, GraphRelationship?> _loader = new(
        async (keys, cancellationToken) =>
            (await store.GetRelationshipsAsync(keys, cancellationToken)).ToDictionary(p => p.Key, p => (GraphRelationship?)p.Value),
        missing: null);

    public IDataLoaderResult<GraphRelationship?> Load(RelationshipKey key) => _loader.Load(key);

    public void Clear() => _loader.Clear();
}
