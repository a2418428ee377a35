using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Her2Graph.Api.Tests.Http;

/// <summary>Banana Cake Pop opening one document from a link: <c>/graphql?document=…&amp;variables=…</c>.</summary>
public sealed class IdeOpenDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Document = "query Figures($name: String!) {\n  variant(name: $name) { name } # grade ≥3\n}";

    [Fact]
    public async Task GetGraphQL_BrowserWithDocument_RedirectsToAPageWhoseConfigHoldsTheDocumentAndVariables()
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var redirect = await GetHtmlAsync(client, $"/graphql?document={Uri.EscapeDataString(Document)}&variables={Uri.EscapeDataString("""{"name":"YVMA"}""")}");
        var page = redirect.Headers.Location!.OriginalString;
        var config = JsonDocument.Parse(await client.GetStringAsync($"{page}/bcp-config.json")).RootElement;

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/graphql/open/", page, StringComparison.Ordinal);
        Assert.Equal(Document, config.GetProperty("graphQLDocument").GetString());
        Assert.Equal("YVMA", config.GetProperty("variables").GetProperty("name").GetString());
        Assert.Equal("/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    [SkippableFact]
    public async Task OpenPage_OfALink_IsTheIdeWithItsAssetsUnderGraphQL()
    {
        Requirement.SkipIfMissing(IdeAssets.Missing);
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var redirect = await GetHtmlAsync(client, $"/graphql?document={Uri.EscapeDataString(Document)}");

        using var page = await GetHtmlAsync(client, redirect.Headers.Location!.OriginalString);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<base href=\"/graphql/\"/>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("document=%20", "document is empty")]
    [InlineData("document={graph{version}}&variables=[1]", "variables must be a JSON object")]
    [InlineData("document={graph{version}}&variables={oops", "variables must be a JSON object")]
    public async Task GetGraphQL_BrowserWithBadDocument_Is400WithTheReason(string query, string reason)
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await GetHtmlAsync(client, $"/graphql?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGraphQL_BrowserWithTooLongDocument_Is400()
    {
        using var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var document = "{" + new string(' ', 4_000) + "graph { version } }";

        using var response = await GetHtmlAsync(client, $"/graphql?document={Uri.EscapeDataString(document)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 4000 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphql/open/not-a-token")]
    [InlineData("/graphql/open/not-a-token/bcp-config.json")]
    [InlineData("/graphql/open/eyJ4IjoxfQ/bcp-config.json")]
    public async Task Open_TokenNotWrittenByTheApi_Is404(string path)
    {
        using var client = api.CreateClient();

        using var response = await GetHtmlAsync(client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetHtmlAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        return await client.SendAsync(request);
    }
}
