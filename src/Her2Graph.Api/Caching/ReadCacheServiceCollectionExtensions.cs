using Her2Graph.Domain.Store;
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
        var cached = new CachedGraphStore(store, provider.GetRequiredService<IReadCache>(), provider.GetRequiredService<ILogger<CachedGraphStore>>());
        if (provider.GetService<RequestGraphVersion>() is { } request) request.Store = cached;
        return cached;
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
