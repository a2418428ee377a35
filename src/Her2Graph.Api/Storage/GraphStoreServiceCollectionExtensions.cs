using Her2Graph.Api.Caching;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Api.Storage;

internal static class GraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Opens the embedded SQLite store (creating file and schema when missing) and registers it, behind the read cache
    /// (<see cref="ReadCacheServiceCollectionExtensions.AddReadCache"/>), as the one IGraphStore.
    /// </summary>
    public static async Task AddGraphStoreAsync(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>() ?? new GraphStoreOptions();
        services.AddSingleton(options);
        var path = Path.GetFullPath(options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(path), CancellationToken.None);
        services.AddSingleton<IGraphStore>(provider => provider.DecorateWithReadCache(store));
    }
}
