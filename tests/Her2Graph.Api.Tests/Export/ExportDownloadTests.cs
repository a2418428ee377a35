using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Her2Graph.Api.Export;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Api.Tests.Export;

/// <summary>GET /export/&lt;format&gt;: every format, built once per version, versioned names and headers, rate-limited.</summary>
public sealed class ExportDownloadTests
{
    [Fact]
    public async Task Download_EveryFormat_IsTheServedVersionWithItsNameAndHeaders()
    {
        using var api = new ExportApiFactory();
        using var http = api.CreateClient();
        var version = await api.Store.GetVersionAsync(CancellationToken.None);

        foreach (var format in GraphExporter.Formats)
        {
            using var response = await http.GetAsync($"/export/{format}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(response, ExportEndpoint.VersionHeader));
            Assert.Equal(version.GraphId, Header(response, ExportEndpoint.GraphIdHeader));
            Assert.NotNull(response.Headers.ETag);
            var fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
            Assert.StartsWith($"her2graph-v{version.Number}", fileName, StringComparison.Ordinal);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            switch (format)
            {
                case "seed" or "tsv":
                    Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
                    using (var zip = new ZipArchive(new MemoryStream(bytes)))
                    {
                        Assert.NotEmpty(zip.Entries);
                        Assert.All(zip.Entries, e => Assert.StartsWith($"her2graph-v{version.Number}-{format}/", e.FullName, StringComparison.Ordinal));
                    }

                    break;
                case "graphml":
                    Assert.Equal("graphml", XDocument.Load(new MemoryStream(bytes)).Root?.Name.LocalName);
                    break;
                default:
                    using (var json = JsonDocument.Parse(bytes)) Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
                    break;
            }
        }

        Assert.Equal(GraphExporter.Formats.Count, api.Builds);
    }

    [Fact]
    public async Task Download_ConcurrentAndRepeatedRequests_BuildOncePerVersionAndServeTheSameBytes()
    {
        using var api = new ExportApiFactory();
        using var http = api.CreateClient();

        var first = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => http.GetByteArrayAsync("/export/json")));
        var again = await http.GetByteArrayAsync("/export/json");

        Assert.Equal(1, api.Builds);
        Assert.All(first, bytes => Assert.Equal(again, bytes));
    }

    [Fact]
    public async Task Download_AfterAWrite_ServesTheNewVersionBuiltAgain()
    {
        using var api = new ExportApiFactory();
        using var http = api.CreateClient();
        using (var before = await http.GetAsync("/export/json")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var write = await api.WriteGeneAsync("GENE-WRITTEN-BEFORE-DOWNLOAD");
        using var after = await http.GetAsync("/export/json");

        Assert.Equal(write.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(after, ExportEndpoint.VersionHeader));
        Assert.Contains("GENE-WRITTEN-BEFORE-DOWNLOAD", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, api.Builds);
        Assert.False(Directory.Exists(Path.Combine(api.CacheFolder, (await api.Store.GetVersionAsync(CancellationToken.None)).GraphId, $"v{write.Version - 1}")),
            "the older version's files are deleted once a newer one is built");
    }

    [Fact]
    public async Task Download_UnknownFormat_Is404NamingTheFormats()
    {
        using var api = new ExportApiFactory();
        using var http = api.CreateClient();

        using var response = await http.GetAsync("/export/xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("unknown export format 'xlsx': use one of seed, json, cytoscape, graphml, tsv", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, api.Builds);
    }

    [Fact]
    public async Task Download_WithTheETagItGave_Is304()
    {
        using var api = new ExportApiFactory();
        using var http = api.CreateClient();
        using var first = await http.GetAsync("/export/graphml");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/graphml");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Download_PastTheClientsReadBudget_Is429()
    {
        using var api = new ExportApiFactory(
            ("Her2Graph:RateLimits:AnonymousReads:TokenLimit", "10000"),
            ("Her2Graph:RateLimits:AnonymousReads:TokensPerPeriod", "1"),
            ("Her2Graph:RateLimits:AnonymousReads:ReplenishmentPeriod", "01:00:00"),
            ("Her2Graph:Export:DownloadCost", "10000"));
        using var http = api.CreateClient();
        using var paid = await http.GetAsync("/export/json");

        using var refused = await http.GetAsync("/export/json");

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.StartsWith("RATE_LIMITED", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
