using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Her2Graph.Api.RateLimiting;

/// <summary>
/// The token bucket of every client and budget. One timer refills them all by the time elapsed (rather than a timer per
/// bucket) and forgets full ones, so a flood of addresses costs memory only while their buckets are not full.
/// </summary>
internal sealed class RateLimitBuckets : IDisposable
{
    private readonly ConcurrentDictionary<(string Client, RateLimitBudgetKind Kind), (TokenBucketRateLimiter Bucket, RateLimitBudget Budget)> _buckets = new();
    private readonly RateLimitOptions _options;
    private readonly ITimer? _replenisher;

    public RateLimitBuckets(RateLimitOptions options, TimeProvider time)
    {
        _options = options;
        if (options.AutoReplenishment) _replenisher = time.CreateTimer(_ => ReplenishAll(), null, options.ReplenishEvery, options.ReplenishEvery);
    }

    public (TokenBucketRateLimiter Bucket, RateLimitBudget Budget) For(RateLimitClient client, RateLimitBudgetKind kind) =>
        _buckets.GetOrAdd((client.Id, kind), static (key, state) =>
        {
            var budget = state.Options.For(state.Keyed, key.Kind);
            return (new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = budget.TokenLimit,
                TokensPerPeriod = budget.TokensPerPeriod,
                ReplenishmentPeriod = budget.ReplenishmentPeriod,
                QueueLimit = 0,
                AutoReplenishment = false,
            }), budget);
        }, (Options: _options, client.Keyed));

    /// <summary>Adds to every bucket what the time since its last refill earned, and drops the full ones.</summary>
    public void ReplenishAll()
    {
        foreach (var (key, (bucket, budget)) in _buckets)
        {
            bucket.TryReplenish();
            // Not disposed: a request may hold it still. Without auto-replenishment it owns no timer, so the GC has it.
            if (bucket.GetStatistics()?.CurrentAvailablePermits >= budget.TokenLimit) _buckets.TryRemove(key, out _);
        }
    }

    public void Dispose()
    {
        _replenisher?.Dispose();
        foreach (var (bucket, _) in _buckets.Values) bucket.Dispose();
        _buckets.Clear();
    }
}
