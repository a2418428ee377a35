using System.Net;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>Rate-limit rejections by budget: the request budget (the middleware) and the read budget (the cost charge).</summary>
public sealed class RateLimitMetricsTests : IDisposable
{
    private const string Rejections = "her2graph.rate_limit.rejections";
    private const string Budget = "her2graph.rate_limit.budget";

    // Four requests pass the middleware; the read budget pays for the first only. Nothing refills during the test.
    private readonly TelemetryApiFactory _api = new(
        ("Her2Graph:RateLimits:AutoReplenishment", "false"),
        ("Her2Graph:RateLimits:AnonymousReads:TokenLimit", "1"),
        ("Her2Graph:RateLimits:AnonymousReads:TokensPerPeriod", "1"),
        ("Her2Graph:RateLimits:AnonymousRequests:TokenLimit", "4"),
        ("Her2Graph:RateLimits:AnonymousRequests:TokensPerPeriod", "4"));

    [Fact]
    public async Task Rejections_PastReadAndRequestBudgets_CountedByBudget()
    {
        var metrics = _api.Metrics;
        using var client = _api.CreateGraphQLClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.PostAsync("{ __typename }")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 4)], statuses);
        Assert.Equal(3, metrics.Sum(Rejections, Budget, "reads"));
        Assert.Equal(1, metrics.Sum(Rejections, Budget, "requests"));
        Assert.Equal(4, metrics.Sum("her2graph.graphql.errors", "error.code", "RATE_LIMITED"));
    }

    public void Dispose() => _api.Dispose();
}
