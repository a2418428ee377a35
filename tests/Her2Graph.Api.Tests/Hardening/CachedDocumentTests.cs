using System.Net;
using Her2Graph.Api.Limits;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// A document the engine has cached skips its full validation; every rule that depends on the caller, the method or
/// the variables must still hold for it.
/// </summary>
public sealed class CachedDocumentTests
{
    [Fact]
    public async Task Mutation_FirstCachedFromACurator_IsStillRefusedToAnAnonymousCaller()
    {
        using var api = new CuratorApiFactory();
        using var curator = api.CreateCuratorClient();
        using var anonymous = api.CreateGraphQLClient();
        var cache = api.Services.GetRequiredService<ValidatedDocumentCache>();

        var written = await curator.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("cacheinib", "Cacheinib") });
        var hitsBefore = cache.Hits;
        var refused = await anonymous.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("anoninib", "Anoninib") });

        Assert.True(written.Data.GetProperty("upsertDrug").GetProperty("changed").GetBoolean());
        Assert.Equal(hitsBefore + 1, cache.Hits);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);
        var lookup = await anonymous.PostAsync("{ drug(name: \"anoninib\") { name } }");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lookup.Data.GetProperty("drug").ValueKind);
    }

    [Fact]
    public async Task Mutation_FirstCachedFromAPost_IsStillRefusedOverGet()
    {
        using var api = new CuratorApiFactory();
        using var curator = api.CreateCuratorClient();
        var cache = api.Services.GetRequiredService<ValidatedDocumentCache>();
        const string document = "mutation { unlink(input: { type: SENSITIVE_TO, from: \"none-a\", to: \"none-b\" }) { changed } }";

        await curator.PostAsync(document);
        var hitsBefore = cache.Hits;
        var response = await curator.GetAsync(document);

        Assert.Equal(hitsBefore + 1, cache.Hits);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET_MUTATION", response.ErrorCodes);
    }

    [Fact]
    public async Task VariableLimits_OnACachedDocument_StillHold()
    {
        using var api = new ApiFactory();
        using var client = api.CreateGraphQLClient();
        var cache = api.Services.GetRequiredService<ValidatedDocumentCache>();
        const string document = "query($t: String!) { search(text: $t) { score } }";

        var answered = await client.PostAsync(document, new { t = "trastuzumab" });
        var hitsBefore = cache.Hits;
        var refused = await client.PostAsync(document, new { t = string.Join(' ', Enumerable.Repeat("her2", 65)) });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(hitsBefore + 1, cache.Hits);
        Refusals.AssertRefused(refused, "SEARCH_TEXT_TOO_LONG");
    }

    [Fact]
    public async Task Cost_OfACachedDocument_IsComputedWithThisRequestsVariables()
    {
        using var api = new ApiFactory();
        using var client = api.CreateGraphQLClient();
        var cache = api.Services.GetRequiredService<ValidatedDocumentCache>();
        const string document = """
            query($n: Int) { drugs(first: $n) { nodes { trials(first: $n) { nodes { drugs(first: $n) { nodes { trials(first: $n) { nodes { name } } } } } } } } }
            """;

        var cheap = await client.PostAsync(document, new { n = 1 });
        var hitsBefore = cache.Hits;
        var costly = await client.PostAsync(document, new { n = 100 });

        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.Empty(cheap.ErrorCodes);
        Assert.Equal(hitsBefore + 1, cache.Hits);
        Assert.Equal(HttpStatusCode.BadRequest, costly.StatusCode);
        Assert.Single(costly.ErrorCodes);
    }
}
