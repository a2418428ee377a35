using Her2Graph.Api.Caching;
using Her2Graph.Domain.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The seeded API with its read cache (Redis at <paramref name="redis"/>, in memory when null) and a
/// <see cref="RecordingGraphStore"/> BELOW the cache, so that <see cref="Store"/> shows what reached the store. Give a
/// second factory the first one's <paramref name="sqlitePath"/> and the same Redis and prefix to get a second replica.
/// The response cache is off unless <paramref name="responseCache"/>: these tests watch the read cache, which a kept
/// answer would bypass.
/// </summary>
internal sealed class CacheApiFactory(string? redis, string? keyPrefix = null, string? sqlitePath = null, bool responseCache = false) : ApiFactory
{
    public ManualClock Clock { get; } = new();

    public string KeyPrefix { get; } = keyPrefix ?? $"her2graph:test-{Guid.NewGuid():N}:";

    public RecordingGraphStore Store => (RecordingGraphStore)GraphStoreDecoration.BelowCache(Services);

    /// <summary>The store as one DI scope sees it: through the cache, at one graph version (moved on by its own writes).</summary>
    public IGraphStore CachedStore => Services.DecorateWithReadCache(Store);

    public RedisReadCache Redis => (RedisReadCache)Services.GetRequiredService<IReadCache>();

    /// <summary>A client with the curator's key, for mutations.</summary>
    public GraphQLClient CreateCuratorClient() => CreateGraphQLClient().WithKey(TestApiKeys.Curator);

    /// <summary>The path of the SQLite file this replica reads.</summary>
    public string SharedSqlitePath => sqlitePath ?? SqlitePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Her2Graph:Storage:SqlitePath", SharedSqlitePath);
        builder.UseSetting("Her2Graph:Redis:Configuration", redis ?? "");
        builder.UseSetting("Her2Graph:Redis:KeyPrefix", KeyPrefix);
        builder.UseSetting("Her2Graph:ResponseCache:Enabled", responseCache ? "true" : "false");

        // 500 ms (the default, see ReadCacheSettingsTests) is tight for a 2-core machine running test classes in
        // parallel: a stalled thread pool would open the circuit and turn a cache test into an outage test. A frozen
        // Redis still times out, just later; no assertion here depends on how long anything took.
        builder.UseSetting("Her2Graph:Redis:RedisTimeout", "00:00:03");
        TestApiKeys.Configure(builder);
        builder.ConfigureTestServices(services =>
        {
            services.DecorateStoreBelowCache((_, store) => new RecordingGraphStore(store));
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
