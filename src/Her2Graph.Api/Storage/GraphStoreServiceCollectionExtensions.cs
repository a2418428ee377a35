using Her2Graph.Api.Caching;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Api.Storage;

internal static class GraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Opens the configured store (creating schema, constraints and indexes when missing) and registers it, behind the
    /// read cache (<see cref="ReadCacheServiceCollectionExtensions.AddReadCache"/>), as the one IGraphStore.
    /// </summary>
    public static async Task AddGraphStoreAsync(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>() ?? new GraphStoreOptions();
        services.AddSingleton(options);
        IGraphStore store = options.Provider switch
        {
            GraphStoreProvider.Neo4j => await OpenNeo4jAsync(options.Neo4j),
            _ => await OpenSqliteAsync(options.SqlitePath),
        };
        services.AddSingleton<IGraphStore>(provider => provider.DecorateWithReadCache(store));
    }

    private static async Task<IGraphStore> OpenSqliteAsync(string sqlitePath)
    {
        var path = Path.GetFullPath(sqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(path), CancellationToken.None);
    }

    private static async Task<IGraphStore> OpenNeo4jAsync(Neo4jSettings settings)
    {
        var missing = new[] { ("Uri", settings.Uri), ("User", settings.User), ("Password", settings.Password) }
            .Where(s => string.IsNullOrWhiteSpace(s.Item2)).Select(s => $"{GraphStoreOptions.Section}:Neo4j:{s.Item1}").ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"Provider Neo4j needs {string.Join(", ", missing)}");
        if (!Uri.TryCreate(settings.Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{GraphStoreOptions.Section}:Neo4j:Uri must be the server's http(s) address, e.g. http://localhost:7474");

        // One client for the process: the store keeps it for its lifetime; pooled connections are recycled so that DNS
        // changes (Aura, a cluster) are picked up.
        var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };
        return await Neo4jGraphStore.OpenAsync(http, new Neo4jGraphStoreOptions(uri, settings.Database, settings.User!, settings.Password!), CancellationToken.None);
    }
}
