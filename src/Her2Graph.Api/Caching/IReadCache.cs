namespace Her2Graph.Api.Caching;

/// <summary>
/// Where <see cref="CachedGraphStore"/> keeps serialised reads. Implementations never throw for a cache failure: a
/// failed get is a miss and a failed set is skipped, so that reads fall through to the store.
/// </summary>
internal interface IReadCache
{
    /// <summary>The entry, or null when it is missing or the cache cannot be reached.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores an entry for the configured lifetime; does nothing when the cache cannot be reached.</summary>
    Task SetAsync(string key, byte[] value, CancellationToken cancellationToken);

    /// <summary>The cache's state for <c>/health/ready</c>, checked as cheaply as the implementation allows.</summary>
    Task<ReadCacheStatus> ProbeAsync(CancellationToken cancellationToken);
}
