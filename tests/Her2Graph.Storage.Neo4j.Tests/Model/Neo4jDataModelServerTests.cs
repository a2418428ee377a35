using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Model;

/// <summary>
/// What only a real server can show of the data model: that the meta statement stamps an emptied graph, leaves one
/// that holds nodes alone, and that a graph written before models were recorded is refused and left as it was. Runs
/// against HER2GRAPH_NEO4J_URI in the contract suite's collection (it empties the same database), skipped without it.
/// </summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jDataModelServerTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task EnsureSchema_EmptiedGraph_IsStampedWithTheCurrentModel()
    {
        var (store, client) = await EmptyStoreAsync();

        await store.EnsureSchemaAsync(None);

        Assert.Equal((long)DataModel.Current, await RecordedModelAsync(client));
    }

    [SkippableFact]
    public async Task EnsureSchema_GraphWrittenBeforeModelsWereRecorded_IsRefusedAndLeftAsItWas()
    {
        var (store, client) = await EmptyStoreAsync();
        await store.WriteAsync(TestGraph.Standard(), None);
        await client.RunAsync("MATCH (meta:GraphMeta {id: $meta}) REMOVE meta.dataModel", Meta(), None);

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => store.EnsureSchemaAsync(None));

        Assert.Equal(1, error.FoundModel);
        Assert.Null(await RecordedModelAsync(client));
        Assert.Equal(1, (await store.GetVersionAsync(None)).Number);
        Assert.Equal(TestGraph.Nodes.Count, (await store.GetStatisticsAsync(None)).NodeCounts.Values.Sum());
    }

    [SkippableFact]
    public async Task EnsureSchema_NewerModelHoldingNodes_IsRefusedAndKeepsItsModel()
    {
        var (store, client) = await EmptyStoreAsync();
        await store.WriteAsync(TestGraph.Standard(), None);
        await client.RunAsync("MATCH (meta:GraphMeta {id: $meta}) SET meta.dataModel = $model", new Dictionary<string, object?>(Meta()) { ["model"] = DataModel.Current + 1 }, None);

        await Assert.ThrowsAsync<GraphModelMismatchException>(() => store.EnsureSchemaAsync(None));

        Assert.Equal((long)DataModel.Current + 1, await RecordedModelAsync(client));
    }

    private static async Task<(Neo4jGraphStore Store, Neo4jQueryClient Client)> EmptyStoreAsync()
    {
        Skip.If(Neo4jServer.Options is null, $"{Neo4jServer.UriVariable} is not set: no Neo4j server to check the data model against");
        var store = await Neo4jGraphStore.OpenAsync(Http, Neo4jServer.Options!, None);
        await store.DeleteEverythingAsync(None);
        return (store, new Neo4jQueryClient(Http, Neo4jServer.Options!));
    }

    private static async Task<long?> RecordedModelAsync(Neo4jQueryClient client)
    {
        var result = await client.RunAsync("MATCH (meta:GraphMeta {id: $meta}) RETURN meta.dataModel AS model", Meta(), None);
        return result.Records.Single()["model"] as long?;
    }

    private static Dictionary<string, object?> Meta() => new() { ["meta"] = Neo4jStatements.MetaId };
}
