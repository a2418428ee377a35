using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

public sealed class GraphQLPostTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string GraphQLResponseJson = "application/graphql-response+json; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    [Theory]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json", Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/graphql-response+json, */*", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json;q=1, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/json; charset=utf-8", Json)]
    public async Task Post_ValidQuery_AnswersInTheAcceptedMediaType(string accept, string expected)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.ContentType);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Post_NoAcceptHeader_AnswersJson()
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.ContentType);
    }

    [Fact]
    public async Task Post_VariablesAndOperationName_SelectsTheOperation()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(
            "query A { a: __typename } query B($skip: Boolean!) { b: __typename @skip(if: $skip) c: __typename }",
            variables: new { skip = true },
            operationName: "B");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Data.TryGetProperty("b", out _));
        Assert.Equal("Query", response.Data.GetProperty("c").GetString());
    }

    [Theory]
    [InlineData("{ __typename")]
    [InlineData("{ noSuchField }")]
    [InlineData("query Q($n: Int!) { __typename }")]
    public async Task Post_UnparsableOrInvalidDocument_Is400AndNotExecuted(string query)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.ContentType);
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.NotEmpty(response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ __typename")]
    [InlineData("{ noSuchField }")]
    public async Task Post_InvalidDocumentAskingForJson_Is200WithErrors(string query)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(query, accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, response.ContentType);
        Assert.NotEmpty(response.ErrorCodes);
    }

    [Fact]
    public async Task Post_MissingVariable_Is400()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("query Q($skip: Boolean!) { __typename @skip(if: $skip) }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Post_UnparsableJson_Is400InvalidJson(string accept)
    {
        var response = await PostRawAsync("""{"query": "{ __typename }" """, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("null")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": "{ __typename }", "variables": "nope"}""")]
    public async Task Post_BodyOfTheWrongShape_Is400InvalidJson(string body)
    {
        var response = await PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"query": ""}""")]
    [InlineData("""{"operationName": "A"}""")]
    public async Task Post_NoQuery_Is400MissingQuery(string body)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            var response = await PostRawAsync(body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(["MISSING_QUERY"], response.ErrorCodes);
        }
    }

    private async Task<GraphQLResponse> PostRawAsync(string body, string accept)
    {
        using var client = api.CreateGraphQLClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request);
    }
}
