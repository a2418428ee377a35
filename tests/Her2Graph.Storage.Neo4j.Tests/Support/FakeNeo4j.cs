using Her2Graph.Storage.Neo4j.Http;

namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>A store and a query client wired to a <see cref="FakeNeo4jHandler"/>, with the documentation's example credentials.</summary>
internal static class FakeNeo4j
{
    public static Neo4jGraphStoreOptions Options { get; } = new(new Uri("http://localhost:7474"), "neo4j", "neo4j", "verysecret");

    public static Neo4jQueryClient Client(FakeNeo4jHandler handler) => new(new HttpClient(handler), Options);

    /// <summary>Opens a store; the schema statements it runs first are answered and then forgotten.</summary>
    public static async Task<Neo4jGraphStore> StoreAsync(FakeNeo4jHandler handler)
    {
        var store = await Neo4jGraphStore.OpenAsync(new HttpClient(handler), Options, CancellationToken.None);
        handler.Requests.Clear();
        return store;
    }
}
