using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>Every answer reports its cost (Shopify's shape); validate-only requests are costed and checked, not run.</summary>
public sealed class CostTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    // Two path searches at maxHops 6: each fits the cost limit, both do not.
    private const string TwoDeepPathSearches = """
        { a: paths(from: "EGFR", to: "zongertinib", maxHops: 6, first: 100) { length }
          b: paths(from: "ERBB2", to: "zongertinib", maxHops: 6, first: 100) { length } }
        """;

    [Fact]
    public async Task Query_Answered_ReportsRequestedAndActualCost()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ drugs(first: 3) { edges { node { key } } } }");

        var cost = response.Json.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("requestedQueryCost").GetInt32() > 3);
        Assert.Equal(cost.GetProperty("requestedQueryCost").GetInt32(), cost.GetProperty("actualQueryCost").GetInt32());
        var throttle = cost.GetProperty("throttleStatus");
        Assert.True(throttle.GetProperty("currentlyAvailable").GetInt64() < throttle.GetProperty("maximumAvailable").GetInt64());
        Assert.True(throttle.GetProperty("restoreRate").GetDouble() > 0);
    }

    [Fact]
    public async Task ValidateOnly_ValidQuery_IsCostedAndNotRun()
    {
        using var client = api.CreateGraphQLClient();
        api.Store.Clear();

        var response = await PostAsync(client, "{ graph { version } search(text: \"ADC\") { score } }", new { validateOnly = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.Empty(response.ErrorCodes);
        var cost = response.Json.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("requestedQueryCost").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("actualQueryCost").ValueKind);
        Assert.DoesNotContain(api.Store.Calls, call => call is "GetStatistics" or "Search");
    }

    [Fact]
    public async Task ValidateOnly_InvalidQuery_ReportsTheValidationError()
    {
        using var client = api.CreateGraphQLClient();

        var response = await PostAsync(client, "{ graph { nope } }", new { validateOnly = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Query_OverTheCostLimit_IsRefusedWithItsCost()
    {
        using var client = api.CreateGraphQLClient();
        api.Store.Clear();

        var response = await client.PostAsync(TwoDeepPathSearches);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["COST_LIMIT_EXCEEDED"], response.ErrorCodes);
        Assert.True(response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt32() > 25_000);
        Assert.DoesNotContain("FindPaths", api.Store.Calls);
    }

    [Fact]
    public async Task ValidateOnly_OverTheCostLimit_ReportsTheCostAndTheRefusal()
    {
        using var client = api.CreateGraphQLClient();

        var response = await PostAsync(client, TwoDeepPathSearches, new { validateOnly = true });

        Assert.Equal(["COST_LIMIT_EXCEEDED"], response.ErrorCodes);
        Assert.True(response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt32() > 25_000);
    }

    [Fact]
    public async Task OneDeepPathSearch_FitsTheCostLimit()
    {
        using var client = api.CreateGraphQLClient();

        var response = await PostAsync(client, "{ paths(from: \"EGFR\", to: \"zongertinib\", maxHops: 6, first: 100) { length } }", new { validateOnly = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.ErrorCodes);
    }

    private static Task<GraphQLResponse> PostAsync(GraphQLClient client, string query, object extensions)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, extensions }) };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        return client.SendAsync(request);
    }
}
