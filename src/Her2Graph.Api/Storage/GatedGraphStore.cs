using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Storage;

/// <summary>
/// The adapter as requests see it: every call fails with <see cref="GraphStoreUnavailableException"/> (a client sees
/// <c>STORE_UNAVAILABLE</c>) until <see cref="GraphStoreStatus"/> says the store has started. Start-up itself uses the
/// adapter directly.
/// </summary>
internal sealed class GatedGraphStore(IGraphStore inner, GraphStoreStatus status) : IGraphStore
{
    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Open().GetNodesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Open().FindNodesByXrefsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) => Open().GetRelationshipsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        Open().GetNeighboursAsync(query, cancellationToken);

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) => Open().ListNodesAsync(query, cancellationToken);

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        Open().ListRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Open().SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => Open().FindPathsAsync(query, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => Open().GetStatisticsAsync(cancellationToken);

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) => Open().GetVersionAsync(cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) =>
        Open().GetChangesAsync(query, cancellationToken);

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) => Open().WriteAsync(write, cancellationToken);

    private IGraphStore Open() => status.IsServing ? inner : throw new GraphStoreUnavailableException(status.Reason);
}
