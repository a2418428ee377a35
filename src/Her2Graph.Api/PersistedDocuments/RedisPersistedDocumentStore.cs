using Her2Graph.Api.Caching;
using StackExchange.Redis;

namespace Her2Graph.Api.PersistedDocuments;

/// <summary>
/// Registered documents shared by every replica through the read cache's Redis connection, with this process's memory
/// in front (a popular document costs no round trip). Redis failing costs a miss, never an error: the client then sends
/// the text again, which runs.
/// </summary>
internal sealed partial class RedisPersistedDocumentStore(
    IConnectionMultiplexer redis, ReadCacheOptions cache, PersistedDocumentOptions options, ILogger<RedisPersistedDocumentStore> logger)
    : IPersistedDocumentStore, IDisposable
{
    private readonly MemoryPersistedDocumentStore _memory = new(options);

    public async Task<string?> GetAsync(string hash, CancellationToken cancellationToken)
    {
        if (await _memory.GetAsync(hash, cancellationToken) is { } known) return known;
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(Key(hash));
            if (value.IsNullOrEmpty) return null;
            var document = value.ToString();
            await _memory.AddAsync(hash, document, cancellationToken);
            return document;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisFailed(logger, e.GetType().Name);
            return null;
        }
    }

    public async Task AddAsync(string hash, string document, CancellationToken cancellationToken)
    {
        await _memory.AddAsync(hash, document, cancellationToken);
        try
        {
            await redis.GetDatabase().StringSetAsync(Key(hash), document, options.RedisEntryLifetime);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogRedisFailed(logger, e.GetType().Name);
        }
    }

    public void Dispose() => _memory.Dispose();

    private RedisKey Key(string hash) => $"{cache.KeyPrefix}apq:{hash}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Persisted documents: Redis call failed ({Failure}); treated as a miss")]
    private static partial void LogRedisFailed(ILogger logger, string failure);
}
