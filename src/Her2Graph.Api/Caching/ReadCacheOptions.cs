namespace Her2Graph.Api.Caching;

/// <summary>The read cache (configuration section <c>Her2Graph:Redis</c>): Redis when configured, in memory otherwise.</summary>
internal sealed class ReadCacheOptions
{
    public const string Section = "Her2Graph:Redis";

    /// <summary>
    /// A StackExchange.Redis configuration string (<c>host:6379,password=…,ssl=true</c>); empty (the default) keeps the
    /// cache in this process. Timeouts, abortConnect and the backlog policy are set in code, whatever this says.
    /// </summary>
    public string Configuration { get; set; } = string.Empty;

    /// <summary>Prefix of every key, so that one Redis can serve other applications (and tests) too.</summary>
    public string KeyPrefix { get; set; } = "her2graph:";

    /// <summary>
    /// How long an entry lives. Freshness never depends on it (keys carry the graph version); it only bounds how long
    /// entries of superseded versions take up memory.
    /// </summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After a Redis failure, how long the circuit stays open (no Redis calls) before one call tries again.</summary>
    public TimeSpan BreakerCooldown { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of every Redis call: connect, sync and async. A cache that waits longer than the store is no cache.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of the in-memory cache, in bytes of serialised entries.</summary>
    public long MemorySizeLimit { get; set; } = 64L * 1024 * 1024;

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Configuration);
}
