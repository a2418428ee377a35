using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The real store for reads and the start-up seed import; every other write refused, as a store refuses a batch that went stale under it.</summary>
public sealed class RefusingGraphStore(IGraphStore inner) : IGraphStore
{
    public const string Problem = "relationship 'a|TARGETS|b|' names node 'b', which does not exist";

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.FindNodesByXrefsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        inner.GetRelationshipsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        inner.GetNeighboursAsync(query, cancellationToken);

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) => inner.ListNodesAsync(query, cancellationToken);

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        inner.ListRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => inner.FindPathsAsync(query, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) => inner.GetChangesAsync(query, cancellationToken);

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) =>
        write.Context.Actor == "seed" ? inner.WriteAsync(write, cancellationToken) : throw new GraphWriteException([Problem]);
}
