using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

public sealed class GraphQLGetTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Get_Query_IsExecuted()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.GetAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.ContentType);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Get_QueryWithVariables_UsesThem()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.GetAsync("query Q($skip: Boolean!) { a: __typename @skip(if: $skip) b: __typename }", """{"skip": true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Data.TryGetProperty("a", out _));
        Assert.Equal("Query", response.Data.GetProperty("b").GetString());
    }

    [Fact]
    public async Task Get_QueryAskingForJson_AnswersJson()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.GetAsync("{ __typename }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.ContentType);
    }

    [Fact]
    public async Task Get_UnparsableVariables_Is400InvalidJson()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.GetAsync("{ __typename }", "{skip: true");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_NoQueryAskingForJson_Is400MissingQuery()
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("application/json");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["MISSING_QUERY"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_RepeatedQueryParameter_Is400()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query={__typename}&query={__typename}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_REQUEST"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    public async Task Get_MutationOrSubscription_Is405GetMutation(string query, string? operationName)
    {
        using var client = api.CreateGraphQLClient();
        var url = $"/graphql?query={Uri.EscapeDataString(query)}" + (operationName is null ? "" : $"&operationName={operationName}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");

        using var raw = await client.Http.SendAsync(request);
        var response = await GraphQLResponse.ReadAsync(raw);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", raw.Content.Headers.Allow.Single());
        Assert.Contains("GET_MUTATION", response.ErrorCodes);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Get_QueryNamedBesideAMutation_IsExecuted()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.SendAsync(new HttpRequestMessage(
            HttpMethod.Get, $"/graphql?operationName=Q&query={Uri.EscapeDataString("query Q { __typename } mutation M { __typename }")}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }
}
