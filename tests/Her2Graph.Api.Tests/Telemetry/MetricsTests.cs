using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>The Her2Graph meter through the HTTP pipeline: operation labels, store calls, errors by code.</summary>
public sealed class MetricsTests(SharedTelemetryApiFactory api) : IClassFixture<SharedTelemetryApiFactory>
{
    private const string Duration = "her2graph.graphql.request.duration";
    private const string StoreCalls = "her2graph.graphql.request.store_calls";
    private const string StoreCall = "her2graph.store.call.duration";
    private const string Errors = "her2graph.graphql.errors";
    private const string Operation = "graphql.operation.name";

    [Fact]
    public async Task RequestDuration_TrustedExample_LabelledByItsOperationName()
    {
        var metrics = api.Metrics;
        var query = await File.ReadAllTextAsync(RepositoryFiles.PathOf("src/Her2Graph.Api/Ide/examples/14-graph-info.graphql"));
        using var client = api.CreateGraphQLClient();
        var before = Count(metrics, "GraphInfo");

        var response = await client.PostAsync(query);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(before + 1, Count(metrics, "GraphInfo"));
    }

    [Fact]
    public async Task RequestDuration_UnknownDocuments_LabelledOther()
    {
        var metrics = api.Metrics;
        using var client = api.CreateGraphQLClient();
        var before = Count(metrics, "other");

        await client.PostAsync("query MadeUpName { graph { version } }");
        // A trusted document's name on another text does not borrow its label.
        await client.PostAsync("query GraphInfo { graph { version } }");
        await client.PostAsync("{ graph { version } }");

        Assert.Equal(before + 3, Count(metrics, "other"));
        Assert.DoesNotContain(metrics.Of(Duration), m => m.Tags.GetValueOrDefault(Operation) == "MadeUpName");
    }

    [Fact]
    public async Task RequestDuration_TrustedExampleSentByHash_LabelledByItsOperationName()
    {
        var metrics = api.Metrics;
        var query = await File.ReadAllTextAsync(RepositoryFiles.PathOf("src/Her2Graph.Api/Ide/examples/14-graph-info.graphql"));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        using var client = api.CreateGraphQLClient();
        var before = Count(metrics, "GraphInfo");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"HASH"}}}""".Replace("HASH", hash, StringComparison.Ordinal), Encoding.UTF8, "application/json"),
        };
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, Count(metrics, "GraphInfo"));
    }

    [Fact]
    public async Task StoreCalls_OneRequest_EqualTheStoreCallsRecordedByMethod()
    {
        var metrics = api.Metrics;
        using var client = api.CreateGraphQLClient();
        var callsBefore = metrics.Of(StoreCall).Count;
        var requestsBefore = metrics.Of(StoreCalls).Count;

        // A new argument each run: the lookup misses the cache, so the store answers it after the version read.
        await client.PostAsync($$"""{ drug(name: "no such drug {{Guid.NewGuid():N}}") { key } }""");

        var calls = metrics.Of(StoreCall).Skip(callsBefore).ToList();
        var perRequest = Assert.Single(metrics.Of(StoreCalls).Skip(requestsBefore));
        Assert.Equal(calls.Count, perRequest.Value);
        Assert.Contains(calls, call => call.Tags["her2graph.store.method"] == "version");
        Assert.True(calls.Count >= 2, $"a version read and a lookup, got {string.Join(", ", calls.Select(c => c.Tags["her2graph.store.method"]))}");
    }

    [Fact]
    public async Task Errors_EngineAndRequestErrors_CountedByCode()
    {
        var metrics = api.Metrics;
        using var client = api.CreateGraphQLClient();
        var invalid = await client.PostAsync("{ noSuchField }");
        var code = Assert.Single(invalid.ErrorCodes)!;
        var engineBefore = metrics.Sum(Errors, "error.code", code);
        var jsonBefore = metrics.Sum(Errors, "error.code", "INVALID_JSON");

        await client.PostAsync("{ noSuchField }");
        using var broken = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        var refused = await client.SendAsync(broken);

        Assert.Equal(["INVALID_JSON"], refused.ErrorCodes);
        Assert.Equal(engineBefore + 1, metrics.Sum(Errors, "error.code", code));
        Assert.Equal(jsonBefore + 1, metrics.Sum(Errors, "error.code", "INVALID_JSON"));
    }

    private static int Count(MetricRecorder metrics, string operation) =>
        metrics.Of(Duration).Count(m => m.Tags.GetValueOrDefault(Operation) == operation);
}
