using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Model;

/// <summary>
/// The data model at open, seen from the wire: the meta statement binds this build's model and reports what the graph
/// recorded and whether it holds nodes; a graph of another model is refused with the statement that empties it, and
/// nothing is written after. (That the statement stamps only an empty graph is the real server's part:
/// <see cref="Neo4jDataModelServerTests"/>.)
/// </summary>
public sealed class Neo4jDataModelWireTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task EnsureSchema_EmptyGraph_BindsTheCurrentModelAndOpens()
    {
        await new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options).EnsureSchemaAsync(CancellationToken.None);

        var meta = _server.Requests[^1];
        Assert.Equal(Neo4jStatements.EnsureMeta, meta.Statement);
        Assert.Equal("Integer", meta.Parameters.GetProperty("model").GetProperty("$type").GetString());
        Assert.Equal(DataModel.Current.ToString(System.Globalization.CultureInfo.InvariantCulture), meta.Parameters.GetProperty("model").GetProperty("_value").GetString());
        Assert.Contains("NOT holdsNodes AND (recorded IS NULL OR recorded < $model)", Neo4jStatements.EnsureMeta, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureSchema_CurrentModelHoldingNodes_Opens()
    {
        _server.Meta = QueryApiResponses.MetaRow(DataModel.Current, holdsNodes: true);

        await new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options).EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(Neo4jStatements.Schema.Count + 1, _server.Requests.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1)]
    public async Task EnsureSchema_NodesOfAnOlderOrNoRecordedModel_AreRefusedWithTheStatementThatEmptiesTheGraph(int? recorded)
    {
        _server.Meta = QueryApiResponses.MetaRow(recorded, holdsNodes: true);
        var store = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options);

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => store.EnsureSchemaAsync(CancellationToken.None));

        Assert.StartsWith(
            "the store at Neo4j at http://localhost:7474/ (database neo4j) holds a graph of data model 1 (before structured evidence",
            error.Message, StringComparison.Ordinal);
        Assert.Contains($"this build needs data model {DataModel.Current}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"empty database neo4j by running `{Neo4jStatements.DeleteEverything}` in cypher-shell or Neo4j Browser", error.Message, StringComparison.Ordinal);
        Assert.Contains("start the API again, which seeds the empty store", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNeo4j.Options.Password, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, error.FoundModel);
        Assert.Equal(Neo4jStatements.EnsureMeta, _server.Requests[^1].Statement);
    }

    [Fact]
    public async Task EnsureSchema_NewerModel_IsRefusedAskingForAnUpgradeEvenWhenEmpty()
    {
        _server.Meta = QueryApiResponses.MetaRow(DataModel.Current + 1, holdsNodes: false);
        var store = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options);

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => store.EnsureSchemaAsync(CancellationToken.None));

        Assert.EndsWith($"holds a graph of data model {DataModel.Current + 1}, newer than this build's {DataModel.Current}: upgrade the application", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FirstStatement_StampsTheMetaNodeItCreatesWithTheCurrentModel()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(GraphWrite.Upsert([Contract.TestGraph.NodeById(Contract.TestGraph.Erbb2)], [], Contract.TestGraph.Seed), CancellationToken.None);

        var lockGraph = _server.Requests[0];
        Assert.Equal(Neo4jStatements.LockGraph, lockGraph.Statement);
        Assert.Equal(DataModel.Current, int.Parse(lockGraph.Parameters.GetProperty("model").GetProperty("_value").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("ON CREATE SET meta.version = 0, meta.dataModel = $model", Neo4jStatements.LockGraph, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteEverything_EmptiedGraph_EnsuresTheMetaNodeWithTheModelAgain()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        await store.DeleteEverythingAsync(CancellationToken.None);

        Assert.Equal([Neo4jStatements.DeleteEverything, Neo4jStatements.EnsureMeta], _server.Requests.Select(r => r.Statement));
        Assert.True(_server.Requests[^1].Parameters.TryGetProperty("model", out _));
    }

    public void Dispose() => _server.Dispose();
}
