using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Wraps the real store; while <see cref="IsDown"/> every call fails as a broken database would.</summary>
internal sealed class OutageGraphStore(IGraphStore inner) : IGraphStore
{
    public const string SecretDetail = "database disk image is malformed: /secret/path/her2graph.db";

    public bool IsDown { get; set; }

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Up().GetNodesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Up().FindNodesByXrefsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) => Up().GetRelationshipsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        Up().GetNeighboursAsync(query, cancellationToken);

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) => Up().ListNodesAsync(query, cancellationToken);

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        Up().ListRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Up().SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => Up().FindPathsAsync(query, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => Up().GetStatisticsAsync(cancellationToken);

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) => Up().GetVersionAsync(cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) =>
        Up().GetChangesAsync(query, cancellationToken);

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) => Up().WriteAsync(write, cancellationToken);

    private IGraphStore Up() => IsDown ? throw new IOException(SecretDetail) : inner;
}
