using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Auth;

/// <summary>Reads are public; a mutation needs a curator key, checked before any mutation field runs.</summary>
public sealed class ApiKeyAuthTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    private const string Mutation = """mutation { upsertDrug(input: {key: "authinib", name: "Authinib", status: VERIFIED}) { changed } }""";

    [Fact]
    public async Task Mutation_WithoutAuthorizationHeader_IsUnauthenticatedAndWritesNothing()
    {
        using var client = api.CreateGraphQLClient();

        await AssertRefusedAsync(client, () => client.PostAsync(Mutation), "UNAUTHENTICATED", "No key was sent");
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData(TestApiKeys.Curator)]
    [InlineData("Token " + TestApiKeys.Curator)]
    public async Task Mutation_WithMalformedHeader_IsUnauthenticatedAndWritesNothing(string header)
    {
        using var client = api.CreateGraphQLClient();

        await AssertRefusedAsync(client, () => SendWithHeaderAsync(client, header), "UNAUTHENTICATED", "must be 'Bearer <key>'");
    }

    [Fact]
    public async Task Mutation_WithUnknownKey_IsUnauthenticatedAndWritesNothing()
    {
        using var client = api.CreateGraphQLClient().WithKey("not-a-configured-key");

        await AssertRefusedAsync(client, () => client.PostAsync(Mutation), "UNAUTHENTICATED", "not known");
    }

    [Fact]
    public async Task Mutation_WithKeyWithoutCuratorRole_IsForbiddenAndWritesNothing()
    {
        using var client = api.CreateGraphQLClient().WithKey(TestApiKeys.Reader);

        await AssertRefusedAsync(client, () => client.PostAsync(Mutation), "FORBIDDEN", TestApiKeys.ReaderId);
    }

    [Fact]
    public async Task Mutation_WithCuratorKey_WritesAsTheKeyId()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync("""
            mutation { upsertDrug(input: {key: "curatinib", name: "Curatinib", status: VERIFIED}) { drug { createdBy updatedBy } changed } }
            """);

        var payload = response.Data.GetProperty("upsertDrug");
        Assert.True(payload.GetProperty("changed").GetBoolean());
        Assert.Equal(TestApiKeys.CuratorId, payload.GetProperty("drug").GetProperty("createdBy").GetString());
        Assert.Equal(TestApiKeys.CuratorId, payload.GetProperty("drug").GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task Query_WithUnknownOrMissingKey_IsAnswered()
    {
        using var anonymous = api.CreateGraphQLClient();
        using var unknown = api.CreateGraphQLClient().WithKey("not-a-configured-key");

        foreach (var client in new[] { anonymous, unknown })
        {
            var response = await client.PostAsync("{ gene(symbol: \"ERBB2\") { key } }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("ERBB2", response.Data.GetProperty("gene").GetProperty("key").GetString());
        }
    }

    [Fact]
    public async Task Mutation_Refused_RunsNoneOfItsFields()
    {
        using var client = api.CreateGraphQLClient().WithKey(TestApiKeys.Reader);
        const string TwoFields = """
            mutation {
              a: upsertDrug(input: {key: "firstinib", name: "Firstinib", status: VERIFIED}) { changed }
              b: upsertDrug(input: {key: "secondinib", name: "Secondinib", status: VERIFIED}) { changed }
            }
            """;

        await AssertRefusedAsync(client, () => client.PostAsync(TwoFields), "FORBIDDEN", "curator");
        Assert.False(await GraphState.HasNodeAsync(client, "firstinib"));
        Assert.False(await GraphState.HasNodeAsync(client, "secondinib"));
    }

    private static async Task AssertRefusedAsync(GraphQLClient client, Func<Task<GraphQLResponse>> send, string code, string messagePart)
    {
        var before = await GraphState.ReadAsync(client);

        var response = await send();

        Assert.Equal(code == "UNAUTHENTICATED" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([code], response.ErrorCodes);
        Assert.Contains(messagePart, response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.Equal(before, await GraphState.ReadAsync(client));
        Assert.False(await GraphState.HasNodeAsync(client, "authinib"));
    }

    private static async Task<GraphQLResponse> SendWithHeaderAsync(GraphQLClient client, string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = Mutation }),
        };
        request.Headers.TryAddWithoutValidation("Authorization", header);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        return await client.SendAsync(request);
    }
}
