using Her2Graph.Storage.Neo4j;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Cli.Stores;

/// <summary>Opens the store a <see cref="StoreLocator"/> names, with its schema ensured, as the API would.</summary>
internal static class StoreOpener
{
    /// <summary>A copy writes a large batch per request; the API's 30 s is for one query.</summary>
    private static readonly TimeSpan Neo4jTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The store, or a <see cref="StoreLocatorException"/> when it cannot be opened as asked (nothing created).</summary>
    /// <param name="mustExist">A source: a missing SQLite file is an error, not a new empty graph.</param>
    public static async Task<OpenedStore> OpenAsync(StoreLocator locator, bool mustExist, CommandConsole console, CancellationToken cancellationToken)
    {
        switch (locator)
        {
            case StoreLocator.Sqlite sqlite:
                if (mustExist && !File.Exists(sqlite.Path)) throw new StoreLocatorException($"no SQLite store at {sqlite.Path}");
                Directory.CreateDirectory(Path.GetDirectoryName(sqlite.Path)!);
                var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(sqlite.Path), cancellationToken);
                return new OpenedStore(store, locator.Describe(), store);
            case StoreLocator.Neo4j neo4j:
                var user = console.GetEnvironmentVariable(StoreLocator.UserVariable);
                var password = console.GetEnvironmentVariable(StoreLocator.PasswordVariable);
                if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
                {
                    throw new StoreLocatorException($"{locator.Describe()} needs {StoreLocator.UserVariable} and {StoreLocator.PasswordVariable} set");
                }

                var http = console.HttpHandler is null ? new HttpClient() : new HttpClient(console.HttpHandler, disposeHandler: false);
                http.Timeout = Neo4jTimeout;
                try
                {
                    var graph = await Neo4jGraphStore.OpenAsync(http, new Neo4jGraphStoreOptions(neo4j.BaseUri, neo4j.Database, user, password), cancellationToken);
                    return new OpenedStore(graph, locator.Describe(), http);
                }
                catch
                {
                    http.Dispose();
                    throw;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(locator), locator, "an unknown kind of store");
        }
    }
}
