using Her2Graph.Api.Telemetry;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j;
using Her2Graph.Storage.Neo4j.Bookmarks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Her2Graph.Api.Caching;

internal static class ReadCacheServiceCollectionExtensions
{
    /// <summary>
    /// Registers the read cache: Redis when <c>Her2Graph:Redis:Configuration</c> is set (one connection for the process),
    /// this process's memory otherwise. <see cref="DecorateWithReadCache"/> puts it in front of the store.
    /// </summary>
    public static IServiceCollection AddReadCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ReadCacheOptions.Section).Get<ReadCacheOptions>() ?? new ReadCacheOptions();
        services.AddSingleton(options);
        services.AddScoped<RequestGraphVersion>();
        services.TryAddSingleton(TimeProvider.System);
        if (!options.UsesRedis)
        {
            services.AddSingleton<IReadCache, MemoryReadCache>();
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(RedisConfiguration(options)));
        services.AddSingleton<IReadCache, RedisReadCache>();
        return services;
    }

    /// <summary>The store a DI scope reads through: <paramref name="store"/> behind the registered read cache, at one graph version.</summary>
    public static IGraphStore DecorateWithReadCache(this IServiceProvider provider, IGraphStore store)
    {
        var cached = new CachedGraphStore(
            store, provider.GetRequiredService<IReadCache>(), provider.GetRequiredService<ILogger<CachedGraphStore>>(), provider.GetService<Her2GraphMetrics>());
        if (provider.GetService<RequestGraphVersion>() is { } request) request.Store = cached;
        return cached;
    }

    /// <summary>
    /// Where the Neo4j store keeps its latest writes' bookmarks: in Redis, shared by all replicas, when the read cache
    /// uses Redis (its connection and circuit breaker), one set per server and database; this process's memory otherwise.
    /// </summary>
    public static IBookmarkStore CreateBookmarkStore(this IServiceProvider provider, Neo4jGraphStoreOptions neo4j)
    {
        var options = provider.GetRequiredService<ReadCacheOptions>();
        if (!options.UsesRedis) return new InProcessBookmarkStore();
        var cache = provider.GetRequiredService<IReadCache>() as RedisReadCache;
        return new RedisBookmarkStore(
            provider.GetRequiredService<IConnectionMultiplexer>(),
            cache?.Breaker ?? new CircuitBreaker(options.BreakerCooldown, provider.GetRequiredService<TimeProvider>()),
            cache?.WarmUp ?? Task.CompletedTask,
            options,
            $"{neo4j.BaseUri.Authority}/{neo4j.Database}",
            provider.GetRequiredService<ILogger<RedisBookmarkStore>>());
    }

    // With the client's defaults a Redis outage costs 5 to 21 s per call (DESIGN.md): these make it cost at most one
    // timeout, after which the circuit breaker makes it cost nothing. They override the configuration string on purpose.
    internal static ConfigurationOptions RedisConfiguration(ReadCacheOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        var timeout = (int)options.RedisTimeout.TotalMilliseconds;
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = timeout;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        configuration.ConnectRetry = 1;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return configuration;
    }
}
