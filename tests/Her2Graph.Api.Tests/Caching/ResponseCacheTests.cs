using System.Net;
using System.Text.Json;
using Her2Graph.Api.ResponseCaching;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>
/// Whole answers kept by graph version: a repeat is served without execution, yet every replica sees a write at once,
/// the rate limiter and the cost limit still apply, and what depends on more than the graph is never kept.
/// </summary>
public sealed class ResponseCacheTests
{
    private const string Costed = "query($n: Int) { drugs(first: $n) { nodes { name } } }";

    [Fact]
    public async Task RepeatedQuery_IsAnsweredFromTheCacheWithTheSameBytesAndFreshExtensions()
    {
        using var api = new CacheApiFactory(redis: null, responseCache: true);
        var first = await CacheProbe.AskAsync(api);
        api.Store.Clear();

        var second = await CacheProbe.AskAsync(api);

        Assert.Equal(1, api.Services.GetRequiredService<ResponseCache>().Count);
        Assert.Equal(["GetVersion"], api.Store.Calls);
        Assert.Equal(first.Data.GetRawText(), second.Data.GetRawText());
        Assert.Equal(first.Json.GetProperty("extensions").GetProperty("graph").GetRawText(), second.Json.GetProperty("extensions").GetProperty("graph").GetRawText());
        Assert.Equal(
            first.Json.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt32(),
            second.Json.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt32());
    }

    [Fact]
    public async Task TwoReplicasOnOneStore_MutationOnOne_NextReadOnTheOtherSeesIt()
    {
        using var writer = new CacheApiFactory(redis: null, responseCache: true);
        _ = writer.Services;
        using var reader = new CacheApiFactory(redis: null, sqlitePath: writer.SharedSqlitePath, responseCache: true);
        var before = await CacheProbe.AskAsync(reader, CacheProbe.NewDrugQuery);
        await CacheProbe.AskAsync(reader, CacheProbe.NewDrugQuery);
        var cachedBefore = reader.Services.GetRequiredService<ResponseCache>().Count;

        await CacheProbe.CreateDrugAsync(writer);
        var after = await CacheProbe.AskAsync(reader, CacheProbe.NewDrugQuery);

        Assert.Equal(1, cachedBefore);
        Assert.Equal(JsonValueKind.Null, before.Data.GetProperty("drug").ValueKind);
        Assert.Equal("Cacheinib", after.Data.GetProperty("drug").GetProperty("name").GetString());
        Assert.Equal(
            before.Json.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetInt64() + 1,
            after.Json.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task CachedAnswer_IsStillChargedToTheRateLimit()
    {
        using var api = new BoundsApiFactory(
            ("Her2Graph:RateLimits:AutoReplenishment", "false"),
            ("Her2Graph:RateLimits:AnonymousReads:TokenLimit", "9"),
            ("Her2Graph:RateLimits:AnonymousReads:TokensPerPeriod", "9"),
            ("Her2Graph:RateLimits:AnonymousReads:ReplenishmentPeriod", "00:00:00.0000001"));
        using var client = api.CreateGraphQLClient();

        var statuses = new List<HttpStatusCode>();
        var left = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsync(Costed, new { n = 1 });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                left.Add(response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("throttleStatus").GetProperty("currentlyAvailable").GetInt32());
            }
            else
            {
                Assert.Equal(["RATE_LIMITED"], response.ErrorCodes);
            }
        }

        // The document costs 3 points: three answers, the last two from the cache, then a refusal.
        Assert.Equal(1, api.Services.GetRequiredService<ResponseCache>().Count);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal([6, 3, 0], left);
    }

    [Fact]
    public async Task CachedDocument_WithVariablesOverTheCostLimit_IsRefused()
    {
        using var api = new BoundsApiFactory(("Her2Graph:GraphQL:MaxCost", "20"));
        using var client = api.CreateGraphQLClient();
        await client.PostAsync(Costed, new { n = 1 });
        var cheap = await client.PostAsync(Costed, new { n = 1 });

        var costly = await client.PostAsync(Costed, new { n = 100 });

        Assert.Empty(cheap.ErrorCodes);
        Assert.Equal(["COST_LIMIT_EXCEEDED"], costly.ErrorCodes);
        Assert.Equal(1, api.Services.GetRequiredService<ResponseCache>().Count);
    }

    [Fact]
    public async Task AnswersWithErrorsReleasesOrIntrospectionOnly_AreNotKept()
    {
        using var api = new ApiFactory();
        using var client = api.CreateGraphQLClient();

        var refused = await client.PostAsync("""{ drug(name: "T-DXd") { name nope } }""");
        var release = await client.PostAsync("{ graph { version release { name } } }");
        var introspection = await client.PostAsync("{ __schema { queryType { name } } }");

        Assert.NotEmpty(refused.ErrorCodes);
        Assert.Empty(release.ErrorCodes);
        Assert.Empty(introspection.ErrorCodes);
        Assert.False(introspection.Json.GetProperty("extensions").TryGetProperty("graph", out _));
        Assert.Equal(0, api.Services.GetRequiredService<ResponseCache>().Count);
    }

    [Fact]
    public async Task Disabled_KeepsNothing()
    {
        using var api = new BoundsApiFactory(("Her2Graph:ResponseCache:Enabled", "false"));
        using var client = api.CreateGraphQLClient();

        var first = await client.PostAsync(CacheProbe.Query);
        var second = await client.PostAsync(CacheProbe.Query);

        Assert.Equal(first.Answer, second.Answer);
        Assert.Equal(0, api.Services.GetRequiredService<ResponseCache>().Count);
    }

    [Fact]
    public void Extract_TakesTheDataValueOfAnAnswer()
    {
        var json = """{"data":{"a":{"name":"x \"y\""},"b":[1,2]},"extensions":{"cost":{"requestedQueryCost":3}}}"""u8;

        Assert.Equal("""{"a":{"name":"x \"y\""},"b":[1,2]}""", System.Text.Encoding.UTF8.GetString(CachedData.Extract(json)!));
        Assert.Null(CachedData.Extract("""{"errors":[]}"""u8));
    }
}
