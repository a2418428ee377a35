using Her2Graph.Storage.Neo4j.Bookmarks;
using StackExchange.Redis;

namespace Her2Graph.Api.Caching;

/// <summary>
/// The Neo4j bookmarks of the latest writes, shared by every API replica through Redis (a set per Neo4j server and
/// database), so that a read on any replica, sent to any cluster member, waits for a write made through another. It
/// uses the read cache's connection and circuit breaker: while Redis fails or the circuit is open, <see cref="GetAsync"/>
/// answers null and reads go with write access to the leader, which has every committed write. This replica's own
/// latest bookmarks are always added, so it reads its own writes even when their update could not reach Redis.
/// </summary>
internal sealed class RedisBookmarkStore(
    IConnectionMultiplexer connection, CircuitBreaker breaker, Task warmUp, ReadCacheOptions options, string scope, ILogger<RedisBookmarkStore> logger)
    : IBookmarkStore
{
    // Bookmarks are only needed until every member has applied their writes (milliseconds to seconds); the expiry only
    // keeps a store that is no longer written from leaving its set behind for good.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly RedisKey _key = $"{options.KeyPrefix}neo4j-bookmarks:{scope}";
    private readonly InProcessBookmarkStore _own = new();

    public async Task<IReadOnlyList<string>?> GetAsync(CancellationToken cancellationToken)
    {
        var shared = await CallAsync(async () => (await connection.GetDatabase().SetMembersAsync(_key)).Select(m => m.ToString()).ToList(), cancellationToken);
        if (shared is null) return null;
        var own = await _own.GetAsync(cancellationToken) ?? [];
        return [.. shared.Union(own, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task UpdateAsync(IReadOnlyList<string> used, IReadOnlyList<string> received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(used);
        ArgumentNullException.ThrowIfNull(received);
        if (received.Count == 0) return;
        await _own.UpdateAsync(used, received, cancellationToken);

        // One MULTI: another replica never sees the set without the bookmarks that replace the removed ones.
        // REVIEW: when this update cannot reach Redis, other replicas read without this write's bookmark and may be
        // answered by a member that has not applied it yet (replication usually takes milliseconds); this replica
        // still waits for it (its own bookmarks are always added). A durable outbox would close the gap at a cost.
        await CallAsync<object>(
            async () =>
            {
                var transaction = connection.GetDatabase().CreateTransaction();
                _ = transaction.SetRemoveAsync(_key, [.. used.Select(b => (RedisValue)b)]);
                _ = transaction.SetAddAsync(_key, [.. received.Select(b => (RedisValue)b)]);
                _ = transaction.KeyExpireAsync(_key, Lifetime);
                await transaction.ExecuteAsync();
                return new object();
            },
            cancellationToken);
    }

    private async Task<T?> CallAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
        where T : class
    {
        // As the read cache does: the breaker judges Redis once the connection's cold start is over.
        if (!warmUp.IsCompleted) await warmUp.WaitAsync(cancellationToken);
        if (!breaker.TryEnter()) return null;
        try
        {
            var result = await call().WaitAsync(options.RedisTimeout, cancellationToken);
            breaker.Succeeded();
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            breaker.Abandoned();
            throw;
        }
        catch (Exception exception)
        {
            breaker.Failed();
            logger.LogWarning(exception, "Redis failed with the Neo4j bookmarks: reads go with write access to the leader until it answers, tried again in {Cooldown}", options.BreakerCooldown);
            return null;
        }
    }
}
