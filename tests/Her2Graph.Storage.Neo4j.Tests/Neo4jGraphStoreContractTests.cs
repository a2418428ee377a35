using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests;

/// <summary>
/// The full store contract against a real Neo4j named by HER2GRAPH_NEO4J_URI (with HER2GRAPH_NEO4J_USER,
/// HER2GRAPH_NEO4J_PASSWORD, optional HER2GRAPH_NEO4J_DATABASE); every test skips with that reason when it is unset.
/// Each test empties the database first, so the tests of this class run one after another (xunit runs a class's
/// tests serially) and the database must be one that nothing else uses.
/// </summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    // One HttpClient for the run, as the API holds one: sockets are pooled, not opened per test.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        Skip.If(Neo4jServer.Options is null, $"{Neo4jServer.UriVariable} is not set: no Neo4j server to run the store contract against");
        var store = await Neo4jGraphStore.OpenAsync(Http, Neo4jServer.Options!, CancellationToken.None);
        await store.DeleteEverythingAsync(CancellationToken.None);
        return store;
    }
}
