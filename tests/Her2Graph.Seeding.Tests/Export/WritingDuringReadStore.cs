using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>
/// A real store that, on the first <paramref name="writes"/> node listings, writes a changed node to itself first:
/// a curator writing while a whole-graph read is under way.
/// </summary>
internal sealed class WritingDuringReadStore(IGraphStore inner, int writes) : IGraphStore
{
    private int _listings;

    public async Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken)
    {
        if (_listings++ < writes)
        {
            var node = new GraphNode($"gene-written-during-read-{_listings}", NodeKind.Gene, $"written during read {_listings}", [], PropertyBag.Empty,
                new Provenance([], VerificationStatus.Unverified));
            await inner.WriteAsync(GraphWrite.Upsert([node], [], new WriteContext("curator", DateTimeOffset.UnixEpoch)), cancellationToken);
        }

        return await inner.ListNodesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => inner.GetNodesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.FindNodesByXrefsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        inner.GetRelationshipsAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        inner.GetNeighboursAsync(query, cancellationToken);

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) => inner.ListRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => inner.FindPathsAsync(query, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) => inner.GetStatisticsAsync(cancellationToken);

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) => inner.GetVersionAsync(cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) => inner.GetChangesAsync(query, cancellationToken);

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) => inner.WriteAsync(write, cancellationToken);
}
