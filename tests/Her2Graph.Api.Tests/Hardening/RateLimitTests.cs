using System.Net;
using Her2Graph.Api.RateLimiting;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// Cost-weighted token buckets per client, tested at the limit and one past it without timing: the buckets never refill
/// by themselves here (AutoReplenishment off) and refill fully when the test calls ReplenishAll.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    // { __typename } costs under one point, so one permit of the read budget: three such reads fit, the fourth does not.
    private const string CheapRead = "{ __typename }";

    private readonly BoundsApiFactory _api = new(
        ("Her2Graph:RateLimits:AutoReplenishment", "false"),
        ("Her2Graph:RateLimits:AnonymousReads:TokenLimit", "3"),
        ("Her2Graph:RateLimits:AnonymousReads:TokensPerPeriod", "3"),
        ("Her2Graph:RateLimits:AnonymousReads:ReplenishmentPeriod", "00:00:00.0000001"),
        ("Her2Graph:RateLimits:AnonymousRequests:TokenLimit", "6"),
        ("Her2Graph:RateLimits:AnonymousRequests:TokensPerPeriod", "6"),
        ("Her2Graph:RateLimits:AnonymousRequests:ReplenishmentPeriod", "00:00:00.0000001"),
        ("Her2Graph:RateLimits:KeyedReads:TokenLimit", "3"),
        ("Her2Graph:RateLimits:KeyedReads:TokensPerPeriod", "3"),
        ("Her2Graph:RateLimits:KeyedReads:ReplenishmentPeriod", "00:00:00.0000001"));

    [Fact]
    public async Task Reads_AtTheLimitAndOnePast_AreAnsweredThenRefusedWithRetryAfter()
    {
        using var client = _api.CreateGraphQLClient();

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, CheapRead, "10.0.0.1")).Response.StatusCode);
        var (past, retryAfter) = await SendAsync(client, CheapRead, "10.0.0.1");

        Assert.Equal(HttpStatusCode.TooManyRequests, past.StatusCode);
        Assert.Equal(["RATE_LIMITED"], past.ErrorCodes);
        Assert.NotNull(retryAfter);
    }

    [Fact]
    public async Task Reads_AfterReplenishment_AreAnsweredAgain()
    {
        using var client = _api.CreateGraphQLClient();
        for (var i = 0; i < 4; i++) await SendAsync(client, CheapRead, "10.0.0.2");

        _api.Services.GetRequiredService<RateLimitBuckets>().ReplenishAll();
        var (after, _) = await SendAsync(client, CheapRead, "10.0.0.2");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Requests_PastTheRequestBudget_AreRefusedBeforeTheBodyIsRead()
    {
        using var client = _api.CreateGraphQLClient();
        for (var i = 0; i < 6; i++) await SendAsync(client, "{", "10.0.0.3");

        // Syntax errors cost no read points, but every request takes one permit of the request budget.
        var (past, retryAfter) = await SendAsync(client, "{", "10.0.0.3");

        Assert.Equal(HttpStatusCode.TooManyRequests, past.StatusCode);
        Assert.Equal(["RATE_LIMITED"], past.ErrorCodes);
        Assert.NotNull(retryAfter);
    }

    [Fact]
    public async Task OtherAddress_WhenOneIsLimited_HasItsOwnBudget()
    {
        using var client = _api.CreateGraphQLClient();
        for (var i = 0; i < 4; i++) await SendAsync(client, CheapRead, "10.0.0.4");

        var (other, _) = await SendAsync(client, CheapRead, "10.0.0.5");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task KeyedClient_IsChargedByKeyNotAddress()
    {
        using var anonymous = _api.CreateGraphQLClient();
        for (var i = 0; i < 4; i++) await SendAsync(anonymous, CheapRead, "10.0.0.6");
        using var keyed = _api.CreateGraphQLClient().WithKey(TestApiKeys.Reader);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await SendAsync(keyed, CheapRead, "10.0.0.6")).Response.StatusCode);
        var (past, _) = await SendAsync(keyed, CheapRead, "10.0.0.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, past.StatusCode);
    }

    [Fact]
    public async Task Writes_WhenReadsAreExhausted_DrawOnTheirOwnBudget()
    {
        using var curator = _api.CreateGraphQLClient().WithKey(TestApiKeys.Curator);
        for (var i = 0; i < 4; i++) await SendAsync(curator, CheapRead, "10.0.0.8");

        var (write, _) = await SendAsync(
            curator, "mutation { upsertGene(input: {key: \"RATEG1\", name: \"rate gene\", status: VERIFIED}) { changed } }", "10.0.0.8");

        Assert.Equal(HttpStatusCode.OK, write.StatusCode);
        Assert.Empty(write.ErrorCodes);
    }

    [Fact]
    public async Task Cost_IsReportedWithTheBudgetLeft()
    {
        using var client = _api.CreateGraphQLClient();

        var (response, _) = await SendAsync(client, CheapRead, "10.0.0.9");

        var throttle = response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("throttleStatus");
        Assert.Equal(3, throttle.GetProperty("maximumAvailable").GetInt32());
        Assert.Equal(2, throttle.GetProperty("currentlyAvailable").GetInt32());
    }

    public void Dispose() => _api.Dispose();

    private static async Task<(GraphQLResponse Response, TimeSpan? RetryAfter)> SendAsync(GraphQLClient client, string query, string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query }) };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        request.Headers.TryAddWithoutValidation(BoundsApiFactory.ClientAddressHeader, address);
        using var http = await client.Http.SendAsync(request);
        return (await GraphQLResponse.ReadAsync(http), http.Headers.RetryAfter?.Delta);
    }
}
