using System.Net;
using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>
/// The Prometheus endpoint on real sockets (Kestrel, not the test server): served on its own port only, and the public
/// port's URLs kept beside it.
/// </summary>
public sealed class ScrapeEndpointTests : IDisposable
{
    private readonly ScrapeApiFactory _api = new(FreePort.Next(), FreePort.Next());

    [Fact]
    public async Task Metrics_OnThePublicPort_NotServed()
    {
        using var client = _api.PublicClient();

        using var metrics = await client.GetAsync("/metrics");
        using var graphql = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = "{ __typename }" }));

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
    }

    [Fact]
    public async Task ScrapePort_AnythingButMetrics_NotServed()
    {
        using var client = _api.ScrapeClient();

        using var graphql = await client.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query = "{ __typename }" }));
        using var health = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.NotFound, graphql.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, health.StatusCode);
    }

    [Fact]
    public async Task ScrapePort_AfterAQuery_ShowsItsMetrics()
    {
        var query = await File.ReadAllTextAsync(RepositoryFiles.PathOf("src/Her2Graph.Api/Ide/examples/14-graph-info.graphql"));
        using var publicClient = _api.PublicClient();
        using var scrape = _api.ScrapeClient();
        using var answer = await publicClient.PostAsync("/graphql", System.Net.Http.Json.JsonContent.Create(new { query }));
        answer.EnsureSuccessStatusCode();

        // The duration is recorded after the last byte is written, so the client may see the answer first: scrape until
        // it shows (a wait for an event, not a timing assertion; the exporter also caches a scrape for a moment).
        string text;
        var attempts = 0;
        do
        {
            if (attempts++ > 0) await Task.Delay(200);
            using var metrics = await scrape.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            text = await metrics.Content.ReadAsStringAsync();
        }
        while (!text.Contains("graphql_operation_name=\"GraphInfo\"", StringComparison.Ordinal) && attempts < 50);

        Assert.Contains("her2graph_graphql_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_name=\"GraphInfo\"", text, StringComparison.Ordinal);
        Assert.Contains("her2graph_store_call_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains("her2graph_cache_misses", text, StringComparison.Ordinal);
    }

    public void Dispose() => _api.Dispose();

    /// <summary>The API on Kestrel: its public URL as an operator sets it, and the Prometheus port.</summary>
    private sealed class ScrapeApiFactory : ApiFactory
    {
        private readonly int _publicPort;
        private readonly int _scrapePort;

        public ScrapeApiFactory(int publicPort, int scrapePort)
        {
            (_publicPort, _scrapePort) = (publicPort, scrapePort);
            UseKestrel();
            StartServer();
        }

        public HttpClient PublicClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{_publicPort}") };

        public HttpClient ScrapeClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{_scrapePort}") };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("urls", $"http://127.0.0.1:{_publicPort}");
            builder.UseSetting("Her2Graph:Telemetry:PrometheusPort", _scrapePort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
