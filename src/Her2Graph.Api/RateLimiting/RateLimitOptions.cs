namespace Her2Graph.Api.RateLimiting;

/// <summary>
/// Token buckets per client (<c>Her2Graph:RateLimits</c>): anonymous clients by address, keyed clients by key id, with
/// separate budgets for reads and writes, counted in cost points. Kept in this process: each replica has its own.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Her2Graph:RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>Whether buckets refill with time. Tests turn it off and refill them with <see cref="RateLimitBuckets.ReplenishAll"/>.</summary>
    public bool AutoReplenishment { get; set; } = true;

    /// <summary>How often the buckets are refilled (by the time elapsed) and full ones forgotten.</summary>
    public TimeSpan ReplenishEvery { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests of any kind, one permit each, taken before the body is read.</summary>
    public RateLimitBudget AnonymousRequests { get; set; } = new() { TokenLimit = 100, TokensPerPeriod = 20 };

    public RateLimitBudget KeyedRequests { get; set; } = new() { TokenLimit = 400, TokensPerPeriod = 80 };

    // Two of the costliest queries at once, then one every five seconds: a client can keep about a fifth of a core busy.
    public RateLimitBudget AnonymousReads { get; set; } = new() { TokenLimit = 50_000, TokensPerPeriod = 5_000 };

    public RateLimitBudget AnonymousWrites { get; set; } = new() { TokenLimit = 100, TokensPerPeriod = 1 };

    public RateLimitBudget KeyedReads { get; set; } = new() { TokenLimit = 200_000, TokensPerPeriod = 25_000 };

    public RateLimitBudget KeyedWrites { get; set; } = new() { TokenLimit = 2_000, TokensPerPeriod = 20 };

    public RateLimitBudget For(bool keyed, RateLimitBudgetKind kind) => (keyed, kind) switch
    {
        (false, RateLimitBudgetKind.Requests) => AnonymousRequests,
        (true, RateLimitBudgetKind.Requests) => KeyedRequests,
        (false, RateLimitBudgetKind.Reads) => AnonymousReads,
        (false, RateLimitBudgetKind.Writes) => AnonymousWrites,
        (true, RateLimitBudgetKind.Reads) => KeyedReads,
        _ => KeyedWrites,
    };
}
