using System.Net;
using System.Text.RegularExpressions;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Her2Graph.Api.Tests.Explorer;

/// <summary>The explorer's page and bundle as the API serves them (what it does in a browser: ExplorerBrowserTests).</summary>
public sealed partial class ExplorerPageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Explore_WithoutTrailingSlash_RedirectsToThePageFolder()
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/explore");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/explore/", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task Explore_Page_IsServedWithAPolicyThatAllowsNoEvalAndNoOtherOrigin()
    {
        Requirement.SkipIfMissing(ExplorerAssets.Missing);
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/explore/");
        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Explore_EveryScriptAndStylesheetOfThePage_IsServedLocally()
    {
        Requirement.SkipIfMissing(ExplorerAssets.Missing);
        using var client = api.CreateClient();
        var html = await client.GetStringAsync("/explore/");

        var assets = AssetLink().Matches(html).Select(match => match.Groups["path"].Value).ToList();

        Assert.Equal(2, assets.Count);
        foreach (var asset in assets)
        {
            Assert.DoesNotContain("//", asset, StringComparison.Ordinal);
            using var response = await client.GetAsync($"/explore/{asset}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1_000, $"{asset} is nearly empty");
        }
    }

    [SkippableFact]
    public async Task Explore_Bundle_CarriesTheLicenceNoticesOfItsPackages()
    {
        Requirement.SkipIfMissing(ExplorerAssets.Missing);
        using var client = api.CreateClient();

        var notices = await client.GetStringAsync("/explore/THIRD-PARTY-NOTICES.txt");

        Assert.Contains("chart.js 4.", notices, StringComparison.Ordinal);
        Assert.Contains("cytoscape 3.", notices, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explore_UnknownFile_Is404()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/explore/missing.js");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("""(?:src|href)="(?<path>[^"]+\.(?:js|css))""")]
    private static partial Regex AssetLink();
}
