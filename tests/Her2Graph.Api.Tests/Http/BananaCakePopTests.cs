using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

public sealed partial class BananaCakePopTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    // What Chromium sends when a user opens a URL.
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [SkippableTheory]
    [InlineData("text/html")]
    [InlineData(BrowserAccept)]
    public async Task GetGraphQL_BrowserAccept_ServesTheIde(string accept)
    {
        Requirement.SkipIfMissing(IdeAssets.Missing);
        var html = await GetPageAsync("/graphql", accept);

        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGraphQL_BrowserAcceptWithQuery_RunsTheQuery()
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query={__typename}");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The browser names no GraphQL type (only */*), so it gets the legacy type, as the GraphQL-over-HTTP spec asks.
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Ide_EveryScriptAndStylesheetOfThePage_IsServedLocally()
    {
        Requirement.SkipIfMissing(IdeAssets.Missing);
        var html = await GetPageAsync("/graphql", "text/html");
        using var client = api.CreateClient();

        var assets = AssetLink().Matches(html).Select(match => match.Groups["path"].Value).ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.DoesNotContain("//", asset, StringComparison.Ordinal);
            using var response = await client.GetAsync($"/graphql/{asset.TrimStart('.', '/')}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
        }
    }

    [SkippableFact]
    public async Task Ide_LicenceNotice_IsServed()
    {
        Requirement.SkipIfMissing(IdeAssets.Missing);
        using var client = api.CreateClient();

        var licence = await client.GetStringAsync("/graphql/LICENSE");

        Assert.Contains("ChilliCream License 1.0", licence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BcpConfig_PointsAtGraphQLWithTelemetryOff()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/graphql/bcp-config.json");
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.TryGetProperty("gaTrackingId", out _));
        Assert.Contains("query ", config.GetProperty("graphQLDocument").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BcpConfig_InitialDocument_IsValidAgainstTheSchema()
    {
        using var client = api.CreateClient();
        var config = JsonDocument.Parse(await client.GetStringAsync("/graphql/bcp-config.json")).RootElement;
        var document = config.GetProperty("graphQLDocument").GetString()!;
        var firstOperation = OperationName().Match(document).Groups["name"].Value;
        using var graphql = api.CreateGraphQLClient();

        // Running one operation validates the whole document: every example parses and fits the schema.
        var response = await graphql.PostAsync(document, operationName: firstOperation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Examples_ListsEachExampleWithItsUrl()
    {
        using var client = api.CreateClient();

        var examples = JsonDocument.Parse(await client.GetStringAsync("/graphql/examples")).RootElement;

        foreach (var example in examples.EnumerateArray())
        {
            var text = await client.GetStringAsync(example.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(text));
        }
    }

    [Fact]
    public async Task Ide_UnknownFile_Is404()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/graphql/static/js/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> GetPageAsync(string path, string accept)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""(?:src|href)="(?<path>[^"]+\.(?:js|css))""")]
    private static partial Regex AssetLink();

    [GeneratedRegex(@"(?:query|mutation)\s+(?<name>\w+)")]
    private static partial Regex OperationName();
}
