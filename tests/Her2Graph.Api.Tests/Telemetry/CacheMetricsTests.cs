namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>Cache hits and misses, on a host of its own so that no other test's reads warm the cache first.</summary>
public sealed class CacheMetricsTests : IDisposable
{
    private const string Hits = "her2graph.cache.hits";
    private const string Misses = "her2graph.cache.misses";
    private const string Method = "her2graph.store.method";

    private readonly TelemetryApiFactory _api = new([]);

    [Fact]
    public async Task CacheCounters_SameQueryTwice_MissThenHit()
    {
        var metrics = _api.Metrics;
        using var client = _api.CreateGraphQLClient();
        const string Query = """{ drug(name: "trastuzumab deruxtecan") { key name } }""";

        await client.PostAsync(Query);
        var missesAfterFirst = metrics.Of(Misses).Count;
        var hitsAfterFirst = metrics.Of(Hits).Count;
        await client.PostAsync(Query);

        Assert.True(missesAfterFirst > 0);
        Assert.Equal(0, hitsAfterFirst);
        Assert.Equal(missesAfterFirst, metrics.Of(Misses).Count);
        // The first run missed the whole answer and each store read; the second is one hit of the whole answer.
        Assert.Contains("response", metrics.Of(Misses).Select(m => m.Tags[Method]));
        Assert.Contains(metrics.Of(Misses), m => !Equals(m.Tags[Method], "response"));
        Assert.Equal(["response"], metrics.Of(Hits).Select(m => m.Tags[Method]));
    }

    public void Dispose() => _api.Dispose();
}
