using Her2Graph.Api.Caching;
using Her2Graph.Api.Telemetry;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Api.Storage;

internal static class GraphStoreServiceCollectionExtensions
{
    /// <summary>The key of the HttpMessageHandler the Neo4j adapter sends through (tests register a replaying one).</summary>
    public const string Neo4jHandlerKey = "Her2Graph.Neo4j";

    /// <summary>
    /// Registers the configured store, constructed without I/O and owned by the container: the adapter (a singleton),
    /// behind a gate that answers STORE_UNAVAILABLE until start-up has finished, behind the read cache
    /// (<see cref="ReadCacheServiceCollectionExtensions.AddReadCache"/>) as the scoped IGraphStore, one graph version per
    /// scope. Start-up (<see cref="GraphStoreStartExtensions.StartGraphStoreAsync"/>) and its retries
    /// (<see cref="GraphStoreRetryService"/>) create the schema and seed an empty store after Build().
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => GraphStoreSettings.Read(configuration));
        services.AddSingleton<GraphStoreStatus>();
        services.AddSingleton<GraphStoreStartup>();
        services.AddSingleton(new StartupConsole(Console.Error));
        services.AddHostedService<GraphStoreRetryService>();

        // One handler for the process; pooled connections are recycled so that DNS changes (Aura, a cluster) are picked up.
        services.AddKeyedSingleton<HttpMessageHandler>(Neo4jHandlerKey, (_, _) => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton(provider => new SqliteGraphStore(new SqliteGraphStoreOptions(SqlitePath(provider.GetRequiredService<GraphStoreOptions>()))));
        services.AddSingleton(provider =>
        {
            // Reads on a cluster wait for the latest writes' bookmarks, shared by the replicas through Redis when it is configured.
            var neo4j = GraphStoreSettings.Neo4jOptions(provider.GetRequiredService<GraphStoreOptions>());
            return new Neo4jGraphStore(
                new HttpClient(provider.GetRequiredKeyedService<HttpMessageHandler>(Neo4jHandlerKey), disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) },
                neo4j,
                provider.CreateBookmarkStore(neo4j));
        });
        services.AddSingleton(CreateAdapter);

        services.AddSingleton(provider => new GatedGraphStore(provider.GetRequiredService<GraphStoreAdapter>().Store, provider.GetRequiredService<GraphStoreStatus>()));
        services.AddScoped<IGraphStore>(provider => provider.DecorateWithReadCache(provider.InstrumentStore(provider.GetRequiredService<GatedGraphStore>())));
        return services;
    }

    /// <summary>The SQLite file, relative to the working directory.</summary>
    public static string SqlitePath(GraphStoreOptions options) => Path.GetFullPath(options.SqlitePath);

    // Only the configured adapter is ever constructed, so only it is disposed at shutdown.
    private static GraphStoreAdapter CreateAdapter(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<GraphStoreOptions>();
        if (options.Provider == GraphStoreProvider.Neo4j)
        {
            var neo4j = provider.GetRequiredService<Neo4jGraphStore>();
            return new GraphStoreAdapter(neo4j, neo4j.EnsureSchemaAsync, $"Neo4j at {options.Neo4j.Uri} (database {options.Neo4j.Database})");
        }

        var path = SqlitePath(options);
        var sqlite = provider.GetRequiredService<SqliteGraphStore>();
        return new GraphStoreAdapter(
            sqlite,
            cancellationToken =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return sqlite.EnsureSchemaAsync(cancellationToken);
            },
            path);
    }
}
