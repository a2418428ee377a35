namespace Her2Graph.Api.RateLimiting;

/// <summary>One token bucket: at most <see cref="TokenLimit"/> cost points, <see cref="TokensPerPeriod"/> back per <see cref="ReplenishmentPeriod"/>.</summary>
internal sealed class RateLimitBudget
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cost points restored per second.</summary>
    public double RestoreRate => TokensPerPeriod / ReplenishmentPeriod.TotalSeconds;
}
