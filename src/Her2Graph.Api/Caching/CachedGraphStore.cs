using System.Text;
using Her2Graph.Api.Telemetry;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Caching;

/// <summary>
/// Caches the reads of a graph store, between the batch loaders and the store. Writes go through. One instance per DI
/// scope (an HTTP request, a health check run, any <c>CreateScope()</c>): the graph version it reads at is asked from the
/// store once per instance, so a query costs one store round trip for the version plus one per level that misses the
/// cache. A write through it moves it on, so a mutation's payload reads what it wrote.
/// <para>
/// Freshness: every key carries that graph version, read from the store itself, with the store's graph id, since
/// versions repeat across stores (a recreated store starts again at 0). A write bumps that version in the same
/// transaction, so once it has returned every reader on every replica keys its reads by the new version and can no
/// longer find an entry of the old one: there is no invalidation message to lose. A version kept in Redis would save that
/// one cheap store read but could be missed (a writer that cannot reach Redis after committing, a frozen Redis that
/// wakes up with the old version, a failover to a lagging replica) and then serve old data with no end; the store's own
/// version cannot.
/// </para>
/// <para>
/// Failure modes: Redis down or frozen is a miss (see <see cref="RedisReadCache"/>); the store down fails the read, as
/// without a cache, since a version cannot be known; an entry that cannot be decoded (a format change) is a miss.
/// A scope that started before a write may finish at the version it started with.
/// </para>
/// </summary>
internal sealed class CachedGraphStore(IGraphStore inner, IReadCache cache, ILogger<CachedGraphStore> logger, Her2GraphMetrics? metrics = null) : IGraphStore
{
    private readonly Lock _versionLock = new();
    private Task<GraphVersion>? _version;

    /// <summary>The store whose reads are cached.</summary>
    public IGraphStore Inner => inner;

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ReadAsync(
            "nodes", text => CacheKeys.Nodes(text, ids), () => inner.GetNodesAsync(ids, cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<Dictionary<string, GraphNode>>, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ReadAsync(
            "xrefs", text => CacheKeys.Xrefs(text, keys), () => inner.FindNodesByXrefsAsync(keys, cancellationToken),
            CacheEntries.Encode, CacheEntries.DecodeXrefs, cancellationToken);

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        ReadAsync(
            "relationships", text => CacheKeys.Relationships(text, keys), () => inner.GetRelationshipsAsync(keys, cancellationToken),
            CacheEntries.EncodeRelationships, CacheEntries.DecodeRelationships, cancellationToken);

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        ReadAsync(
            "neighbours", text => CacheKeys.Neighbours(text, query), () => inner.GetNeighboursAsync(query, cancellationToken),
            CacheEntries.EncodeNeighbours, CacheEntries.DecodeNeighbours, cancellationToken);

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) =>
        ReadAsync(
            "list", text => CacheKeys.Listing(text, query), () => inner.ListNodesAsync(query, cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<NodePage>, cancellationToken);

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        ReadAsync(
            "relationship list", text => CacheKeys.RelationshipListing(text, query), () => inner.ListRelationshipsAsync(query, cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<RelationshipPage>, cancellationToken);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        ReadAsync(
            "search", text => CacheKeys.Search(text, query), () => inner.SearchAsync(query, cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<List<SearchHit>>, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        ReadAsync(
            "paths", text => CacheKeys.Paths(text, query), () => inner.FindPathsAsync(query, cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<List<GraphPath>>, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            "statistics", _ => { }, () => inner.GetStatisticsAsync(cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<GraphStatistics>, cancellationToken);

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) =>
        ReadAsync(
            "changes", text => CacheKeys.Changes(text, query), () => inner.GetChangesAsync(query, cancellationToken),
            CacheEntries.Encode, CacheEntries.Decode<List<ChangeRecord>>, cancellationToken);

    /// <summary>The version this scope has read (moved on by its writes); null while none has been read.</summary>
    public GraphVersion? VersionRead
    {
        get
        {
            lock (_versionLock) return _version is { IsCompletedSuccessfully: true } read ? read.Result : null;
        }
    }

    /// <summary>The store's version, read once for this scope: the read every cached read starts with.</summary>
    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken)
    {
        lock (_versionLock)
        {
            // A failed read is not kept: the next read of the scope asks again.
            if (_version is null || _version.IsFaulted || _version.IsCanceled) _version = inner.GetVersionAsync(cancellationToken);
            return _version;
        }
    }

    public async Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken)
    {
        var result = await inner.WriteAsync(write, cancellationToken);
        Advance(result.Version);
        return result;
    }

    private async Task<TResult> ReadAsync<TResult, TStored>(
        string method,
        Action<StringBuilder> arguments,
        Func<Task<TResult>> load,
        Func<TResult, byte[]> encode,
        Func<byte[], TStored> decode,
        CancellationToken cancellationToken)
        where TStored : TResult
    {
        var version = await GetVersionAsync(cancellationToken);
        var key = CacheKeys.For(version, method, arguments);
        if (await cache.GetAsync(key, cancellationToken) is { } bytes)
        {
            try
            {
                var cached = decode(bytes);
                metrics?.CacheRead(method, hit: true);
                return cached;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Any entry that does not decode (an older format, a corrupt value) is a miss, never a failed read.
                logger.LogWarning(exception, "The cache entry {Key} could not be read; the store answers instead", key);
            }
        }

        metrics?.CacheRead(method, hit: false);
        var value = await load();
        await cache.SetAsync(key, encode(value), cancellationToken);
        return value;
    }

    /// <summary>
    /// After a write: later reads in this scope use the version the write produced, of the graph already read; when
    /// none was read yet (or the read is still running or failed), the next read asks the store, which is at least as new.
    /// </summary>
    private void Advance(long version)
    {
        lock (_versionLock)
        {
            _version = _version is { IsCompletedSuccessfully: true } read
                ? Task.FromResult(read.Result with { Number = version })
                : null;
        }
    }
}
