using Her2Graph.Api.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>The API on Provider=Neo4j, its HttpClient sending to <see cref="Neo4j"/>; retries every 20 to 100 ms, so tests wait little.</summary>
public sealed class Neo4jReplayApiFactory : StartupApiFactory
{
    public const string Password = "replay-password-not-for-output";

    /// <summary>The replayed Neo4j, with <paramref name="settings"/> besides (e.g. a Redis, as replicas behind a load balancer have).</summary>
    public Neo4jReplayApiFactory(params (string Key, string Value)[] settings)
        : base(
        [
            ("Her2Graph:Storage:Provider", "Neo4j"),
            ("Her2Graph:Storage:Neo4j:Uri", "http://neo4j.test:7474"),
            ("Her2Graph:Storage:Neo4j:User", "neo4j"),
            ("Her2Graph:Storage:Neo4j:Password", Password),
            ("Her2Graph:Storage:RetryDelay", "00:00:00.020"),
            ("Her2Graph:Storage:MaxRetryDelay", "00:00:00.100"),
            .. settings,
        ])
    {
    }

    public ReplayingNeo4jHandler Neo4j { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddKeyedSingleton<HttpMessageHandler>(GraphStoreServiceCollectionExtensions.Neo4jHandlerKey, Neo4j));
    }
}
