using System.Diagnostics;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>Spans exported by the SDK (in-memory exporter): the GraphQL execution, and the store calls beneath it.</summary>
public sealed class TracingTests(SharedTelemetryApiFactory api) : IClassFixture<SharedTelemetryApiFactory>
{
    [Fact]
    public async Task Spans_TrustedQuery_ExecutionWithStoreCallsAsChildren()
    {
        var query = await File.ReadAllTextAsync(RepositoryFiles.PathOf("src/Her2Graph.Api/Ide/examples/14-graph-info.graphql"));
        var trace = ActivityTraceId.CreateRandom();
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query }) };
        // The caller's sampled trace: the API's spans join it.
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await client.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        var spans = api.Spans.Of(trace);
        var execution = Assert.Single(spans, span => span.DisplayName == "graphql GraphInfo");
        Assert.Equal("GraphInfo", execution.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", execution.GetTagItem("graphql.operation.type"));
        var store = spans.Where(span => span.Source.Name == "Her2Graph" && span.DisplayName.StartsWith("store ", StringComparison.Ordinal)).ToList();
        Assert.Contains(store, span => span.DisplayName == "store version");
        Assert.All(store, span => Assert.Equal(execution.SpanId, span.ParentSpanId));
    }

    [Fact]
    public async Task Spans_CallerNotSampled_NoneRecorded()
    {
        var trace = ActivityTraceId.CreateRandom();
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query = "{ graph { version } }" }) };
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-00");

        using var response = await client.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();

        Assert.Empty(api.Spans.Of(trace));
    }
}
