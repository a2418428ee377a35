using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Writing;

/// <summary>
/// The store's conversation with the Query API, seen from the wire: which statements a write sends, in one explicit
/// transaction, and that every way it can fail ends in a rollback. The fake answers what the docs say Neo4j answers.
/// </summary>
public sealed class Neo4jGraphStoreWireTests : IDisposable
{
    private const string Tx = "http://localhost:7474/db/neo4j/query/v2/tx";

    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task Open_RunsEveryIdempotentSchemaStatementThenEnsuresTheMetaNode()
    {
        await Neo4jGraphStore.OpenAsync(new HttpClient(_server), FakeNeo4j.Options, CancellationToken.None);

        Assert.Equal([.. Neo4jStatements.Schema, Neo4jStatements.EnsureMeta], _server.Requests.Select(r => r.Statement));
        Assert.All(_server.Requests.SkipLast(1), r => Assert.Contains("IF NOT EXISTS", r.Statement, StringComparison.Ordinal));
        Assert.Equal(Neo4jStatements.MetaId, _server.Requests[^1].Parameters.GetProperty("meta").GetProperty("_value").GetString());
        Assert.Contains("coalesce(meta.graphId, randomUUID())", Neo4jStatements.EnsureMeta, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SendsNothing()
    {
        _ = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options);

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task EnsureSchema_CredentialsRefused_ThrowsUnauthorizedAfterTheFirstStatement()
    {
        var store = new Neo4jGraphStore(new HttpClient(_server), FakeNeo4j.Options);
        _server.Respond(QueryApiResponses.Unauthorized, status: System.Net.HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(() => store.EnsureSchemaAsync(CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task EnsureSchema_ServerDown_ThrowsUnavailable()
    {
        var store = new Neo4jGraphStore(new HttpClient(_server.Refuse()), FakeNeo4j.Options);

        await Assert.ThrowsAsync<GraphStoreUnavailableException>(() => store.EnsureSchemaAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Write_ChangingBatch_RunsInOneTransactionAndCommits()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        var result = await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Erbb2)], [], TestGraph.Seed), CancellationToken.None);

        Assert.Equal(1, result.Version);
        Assert.Equal(new WriteCounts(1, 0, 0, 0), result.Nodes);
        Assert.Equal(
            [$"POST {Tx}", $"POST {Tx}/lyU", $"POST {Tx}/lyU", $"POST {Tx}/lyU", $"POST {Tx}/lyU", $"POST {Tx}/lyU/commit"],
            _server.Requests.Select(r => $"{r.Method} {r.Uri.AbsoluteUri}"));
        Assert.Equal(
            [Neo4jStatements.LockGraph, Neo4jStatements.NodesByIds, Neo4jStatements.UpsertNodes, Neo4jStatements.InsertChanges, Neo4jStatements.WriteVersion, null],
            _server.Requests.Select(r => r.Statement));
        Assert.All(_server.Requests.Skip(1), r => Assert.Equal(QueryApiResponses.Affinity, r.Affinity));
    }

    [Fact]
    public async Task Write_NodeRow_CarriesContentAuditSearchTextsAndFilterCopies()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Tdxd)], [], TestGraph.Seed), CancellationToken.None);

        var row = _server.Requests.Single(r => r.Statement == Neo4jStatements.UpsertNodes).Parameters.GetProperty("rows").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal("trastuzumab deruxtecan", row.GetProperty("id").GetProperty("_value").GetString());
        Assert.Equal("Integer", row.GetProperty("version").GetProperty("$type").GetString());
        Assert.Equal("1", row.GetProperty("version").GetProperty("_value").GetString());
        Assert.Equal(TestGraph.NodeById(TestGraph.Tdxd).Properties.Json, row.GetProperty("properties").GetProperty("_value").GetString());
        Assert.Equal("ADC", row.GetProperty("p_drugClass").GetProperty("_value")[0].GetProperty("_value").GetString());
        var aliases = row.GetProperty("searchAliases").GetProperty("_value").GetString();
        Assert.Equal(" t dxd ds 8201 enhertu tdxd ds8201 ", aliases);
        Assert.Equal("2026-01-01T00:00:00.0000000+00:00", row.GetProperty("createdAt").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Write_RefusedBatch_RollsBackAndWritesNothing()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        var dangling = TestGraph.Relationship(RelationshipType.Targets, TestGraph.Tdxd, "NO_GENE");

        await Assert.ThrowsAsync<GraphWriteException>(
            () => store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Tdxd)], [dangling], TestGraph.Seed), CancellationToken.None));

        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
        Assert.Equal($"{Tx}/lyU", _server.Requests[^1].Uri.AbsoluteUri);
        Assert.Equal(QueryApiResponses.Affinity, _server.Requests[^1].Affinity);
        Assert.DoesNotContain(_server.Requests, r => r.Statement is { } s && (s == Neo4jStatements.UpsertNodes || s == Neo4jStatements.WriteVersion));
        Assert.DoesNotContain(_server.Requests, r => r.Uri.AbsoluteUri.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_Neo4jErrorMidway_RollsBackAndSurfacesTheError()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity)
            .Respond(QueryApiResponses.Empty)
            .Respond(QueryApiResponses.TransactionNotFound);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(
            () => store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Erbb2)], [], TestGraph.Seed), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.Equal(HttpMethod.Delete, _server.Requests[^1].Method);
        Assert.DoesNotContain(_server.Requests, r => r.Uri.AbsoluteUri.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_UnchangedBatch_RollsBackAndKeepsTheVersion()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        var stored = (await ReadOneNodeAsync(store))[TestGraph.Erbb2];
        _server.Requests.Clear();
        _server.Respond(QueryApiResponses.BeginWithVersionZero.Replace("\"0\"", "\"7\"", StringComparison.Ordinal), QueryApiResponses.Affinity)
            .Respond(QueryApiResponses.OneNode);

        var result = await store.WriteAsync(GraphWrite.Upsert([stored with { Audit = null }], [], TestGraph.Seed), CancellationToken.None);

        Assert.False(result.Changed);
        Assert.Equal(7, result.Version);
        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Delete], _server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task GetNodes_DocumentedTypedMap_DecodesTheNodeExactly()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        var node = (await ReadOneNodeAsync(store))[TestGraph.Erbb2];

        Assert.Equal(Neo4jStatements.NodesByIds, Assert.Single(_server.Requests).Statement);
        Assert.Equal(["HER2", "NEU"], node.Aliases);
        Assert.Equal("""{"exon":20,"orrPercent":49.0}""", node.Properties.Json);
        Assert.Equal(new AuditStamp(TestGraph.T0, TestGraph.T0.AddMinutes(10), "seed", "curator-key", 9007199254740993), node.Audit);
        Assert.Null(node.Provenance.StatusNote);
    }

    [Fact]
    public async Task GetNodes_NoIds_SendsNothing()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        Assert.Empty(await store.GetNodesAsync([], CancellationToken.None));
        Assert.Empty(_server.Requests);
    }

    private async Task<IReadOnlyDictionary<string, GraphNode>> ReadOneNodeAsync(Neo4jGraphStore store)
    {
        _server.Respond(QueryApiResponses.OneNode);
        return await store.GetNodesAsync([TestGraph.Erbb2], CancellationToken.None);
    }

    public void Dispose() => _server.Dispose();
}
