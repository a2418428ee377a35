using Microsoft.Extensions.Caching.Memory;

namespace Her2Graph.Api.Caching;

/// <summary>
/// The cache when no Redis is configured: this process's memory, bounded in bytes. Entries are kept serialised, as in
/// Redis, so that both caches behave alike and every test exercises the same serialisation.
/// </summary>
internal sealed class MemoryReadCache(ReadCacheOptions options) : IReadCache, IDisposable
{
    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.MemorySizeLimit });

    public Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_entries.TryGetValue(key, out byte[]? value) ? value : null);

    public Task SetAsync(string key, byte[] value, CancellationToken cancellationToken)
    {
        _entries.Set(key, value, new MemoryCacheEntryOptions { Size = value.Length, AbsoluteExpirationRelativeToNow = options.EntryLifetime });
        return Task.CompletedTask;
    }

    public Task<ReadCacheStatus> ProbeAsync(CancellationToken cancellationToken) => Task.FromResult(new ReadCacheStatus(
        true,
        "No Redis is configured: reads are cached in this process's memory.",
        new Dictionary<string, object> { ["cache"] = "in-memory", ["entries"] = _entries.Count }));

    public void Dispose() => _entries.Dispose();
}
