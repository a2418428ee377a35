using System.Net;
using GraphQL;
using GraphQL.Execution;
using Her2Graph.Api.Limits;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Storage.Neo4j.Http;
using Microsoft.Extensions.Logging;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>Errors say what went wrong and no more: no stack trace, type or file name, and client mistakes stay out of the error log.</summary>
public sealed class SafeErrorsTests
{
    private static readonly string[] Internals = ["   at ", "Exception", "SQLite", "Sqlite", ".cs:line", "Her2Graph.", "/work/", "/tmp/"];

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Subscription_IsRefusedAs400OperationNotSupported(string method)
    {
        using var api = new ConfiguredApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = method == "GET"
            ? await client.GetAsync("subscription { __typename }")
            : await client.PostAsync("subscription Watch { __typename }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Refusals.AssertRefused(response, "OPERATION_NOT_SUPPORTED");
        AssertNoInternals(response.Body);
        Assert.DoesNotContain(api.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task StoreFailure_SqliteExpressionDepth_IsStoreErrorWithoutInternals_LoggedOnceAtError()
    {
        // Only past the filter and list limits does a filter reach SQLite's own expression-depth limit (1,000).
        using var api = new ConfiguredApiFactory(("Her2Graph:Limits:MaxFilterTerms", "1000"), ("Her2Graph:Limits:MaxListItems", "1000"));
        using var client = api.CreateGraphQLClient();
        var terms = string.Join(", ", Enumerable.Range(0, 495).Select(i => $"{{ name: {{ eq: \"x{i}\" }} }}"));

        var response = await client.PostAsync($"{{ drugs(where: {{ or: [{terms}] }}) {{ totalCount }} }}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["STORE_ERROR"], response.ErrorCodes);
        AssertNoInternals(response.Body);
        var logged = Assert.Single(api.Logs.Entries, entry => entry.Level >= LogLevel.Error);
        Assert.Equal("Microsoft.Data.Sqlite", logged.Exception?.GetType().Namespace);
    }

    [Fact]
    public void StoreFailure_FromNeo4j_IsStoreError()
    {
        var context = new UnhandledExceptionContext(
            new ExecutionOptions(), new Neo4jQueryException("Neo.DatabaseError.Statement.ExecutionFailed", "java.lang.OutOfMemoryError at org.neo4j…"));

        UnhandledErrors.Handle(context);

        var error = Assert.IsAssignableFrom<ExecutionError>(context.Exception);
        Assert.Equal("STORE_ERROR", error.Code);
        Assert.DoesNotContain("neo4j", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UnexpectedFailure_ElsewhereInAResolver_IsInternalError()
    {
        var context = new UnhandledExceptionContext(new ExecutionOptions(), new InvalidOperationException("Password=hunter2"));

        UnhandledErrors.Handle(context);

        var error = Assert.IsAssignableFrom<ExecutionError>(context.Exception);
        Assert.Equal("INTERNAL_ERROR", error.Code);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ drug(name: ")]
    [InlineData("{ nosuchfield }")]
    [InlineData("{ drug { name } }")]
    [InlineData("query($n: Int!) { drug(name: $n) { name } }")]
    [InlineData("{ a: graph { version } a: drug(name: \"x\") { name } }")]
    public async Task ClientMistake_IsAnsweredWithoutInternals_AndNotLoggedAtWarning(string document)
    {
        using var api = new ConfiguredApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(document, new { n = "not a number" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(response.ErrorCodes);
        AssertNoInternals(response.Body);
        Assert.DoesNotContain(api.Logs.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    private static void AssertNoInternals(string body)
    {
        foreach (var internals in Internals) Assert.DoesNotContain(internals, body, StringComparison.Ordinal);
    }
}
