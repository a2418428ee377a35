using System.Net;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Http;

/// <summary>Request shape and response handling of the Query API client, against hand-written documented responses.</summary>
public sealed class Neo4jQueryClientTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task Run_Statement_PostsTypedJsonWithBasicAuthToTheQueryEndpoint()
    {
        await FakeNeo4j.Client(_server).RunAsync("RETURN $n AS n", new Dictionary<string, object?> { ["n"] = 42L }, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", request.Uri.AbsoluteUri);
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", request.Authorization);
        Assert.Equal("application/vnd.neo4j.query", request.Accept);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        Assert.Null(request.Affinity);
        Assert.Equal("RETURN $n AS n", request.Statement);
        Assert.Equal("""{"$type":"Integer","_value":"42"}""", request.Parameters.GetProperty("n").GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_BaseUriWithPathAndDatabaseName_BuildsTheEndpointBelowIt()
    {
        var client = new Neo4jQueryClient(new HttpClient(_server), new Neo4jGraphStoreOptions(new Uri("https://example.test/neo4j"), "her2 graph", "u", "p"));

        await client.RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None);

        Assert.Equal("https://example.test/neo4j/db/her2%20graph/query/v2", _server.Requests[0].Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Run_ResultWithIntegersAsStrings_DecodesRowsByField()
    {
        _server.Respond(QueryApiResponses.OneNode);

        var result = await FakeNeo4j.Client(_server).RunAsync("…", new Dictionary<string, object?>(), CancellationToken.None);

        var node = Assert.IsType<Dictionary<string, object?>>(Assert.Single(result.Records)["node"]);
        Assert.Equal(9007199254740993L, node["version"]);
        Assert.Equal(new List<object?> { "HER2", "NEU" }, node["aliases"]);
    }

    [Fact]
    public async Task Run_ErrorsWithStatus202_ThrowWithTheNeo4jCode()
    {
        _server.Respond(QueryApiResponses.SyntaxError);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(
            () => FakeNeo4j.Client(_server).RunAsync("RETRUN 1", new Dictionary<string, object?>(), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("RETRUN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Status401_ThrowsUnauthorized()
    {
        _server.Respond(QueryApiResponses.Unauthorized, status: HttpStatusCode.Unauthorized);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(
            () => FakeNeo4j.Client(_server).RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, "")]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "The database is not available"}]}""")]
    public async Task Run_ServerError_ThrowsUnavailableWithTheStatus(HttpStatusCode status, string body)
    {
        _server.Respond(body, status: status);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(
            () => FakeNeo4j.Client(_server).RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None));

        Assert.Contains($"answered {(int)status}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Status403_ThrowsForbidden()
    {
        _server.Respond(string.Empty, status: HttpStatusCode.Forbidden);

        var error = await Assert.ThrowsAsync<Neo4jQueryException>(
            () => FakeNeo4j.Client(_server).RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Forbidden", error.Code);
    }

    [Fact]
    public async Task Run_ConnectionRefused_ThrowsUnavailableNamingTheServer()
    {
        _server.Refuse();

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(
            () => FakeNeo4j.Client(_server).RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None));

        Assert.Contains("http://localhost:7474/ cannot be reached", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Run_ServerNeverAnswers_ThrowsUnavailableAfterTheClientTimeout()
    {
        _server.Hang();
        var client = new Neo4jQueryClient(new HttpClient(_server) { Timeout = TimeSpan.FromMilliseconds(50) }, FakeNeo4j.Options);

        var error = await Assert.ThrowsAsync<GraphStoreUnavailableException>(
            () => client.RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None));

        Assert.Contains("did not answer within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_CallerCancels_StaysACancellation()
    {
        _server.Hang();
        using var cancellation = new CancellationTokenSource();
        var run = FakeNeo4j.Client(_server).RunAsync("RETURN 1", new Dictionary<string, object?>(), cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Transaction_BeginRunCommit_EchoesTheClusterAffinityOnEveryLaterRequest()
    {
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        var client = FakeNeo4j.Client(_server);

        var (transaction, first) = await client.BeginAsync("RETURN 0 AS version", new Dictionary<string, object?>(), CancellationToken.None);
        await transaction.RunAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);

        Assert.Equal(0L, Assert.Single(first.Records)["version"]);
        Assert.Equal(QueryApiResponses.TransactionId, transaction.Id);
        Assert.Equal(
            ["POST http://localhost:7474/db/neo4j/query/v2/tx", "POST http://localhost:7474/db/neo4j/query/v2/tx/lyU",
             "POST http://localhost:7474/db/neo4j/query/v2/tx/lyU/commit"],
            _server.Requests.Select(r => $"{r.Method} {r.Uri.AbsoluteUri}"));
        Assert.Equal([null, QueryApiResponses.Affinity, QueryApiResponses.Affinity], _server.Requests.Select(r => r.Affinity));
        Assert.All(_server.Requests, r => Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", r.Authorization));
        Assert.All(_server.Requests, r => Assert.Equal("application/vnd.neo4j.query", r.ContentType));
        Assert.Equal(string.Empty, _server.Requests[^1].Body);
    }

    [Fact]
    public async Task Transaction_Rollback_DeletesTheTransactionAndSwallowsAnExpiredOne()
    {
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity).Respond(QueryApiResponses.TransactionNotFound);
        var (transaction, _) = await FakeNeo4j.Client(_server).BeginAsync("RETURN 0 AS version", new Dictionary<string, object?>(), CancellationToken.None);

        await transaction.RollbackAsync();

        var rollback = _server.Requests[^1];
        Assert.Equal(HttpMethod.Delete, rollback.Method);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2/tx/lyU", rollback.Uri.AbsoluteUri);
        Assert.Equal(QueryApiResponses.Affinity, rollback.Affinity);
        Assert.Null(rollback.Body);
    }

    [Fact]
    public async Task Transaction_BeginWithoutTransactionInTheAnswer_IsAnError()
    {
        _server.Respond("""{"data": {"fields": [], "values": []}, "bookmarks": []}""");

        await Assert.ThrowsAsync<Neo4jQueryException>(
            () => FakeNeo4j.Client(_server).BeginAsync("RETURN 1", new Dictionary<string, object?>(), CancellationToken.None));
    }

    public void Dispose() => _server.Dispose();
}
