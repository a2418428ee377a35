using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Http;

/// <summary>Field errors, and GET mutations, against <see cref="ProbeSchema"/>.</summary>
public sealed class ProbeSchemaTests(ProbeApiFactory api) : IClassFixture<ProbeApiFactory>
{
    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Post_FieldError_Is200WithPartialDataAndNoDetails(string accept)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ ok boom }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", response.Data.GetProperty("ok").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("boom").ValueKind);
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        Assert.DoesNotContain(ProbeSchema.SecretDetail, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Mutation_IsRefusedAndNotExecuted()
    {
        using var client = api.CreateGraphQLClient();
        var before = api.Schema.Increments;

        var response = await client.GetAsync("mutation { increment }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET_MUTATION"], response.ErrorCodes);
        Assert.Equal(before, api.Schema.Increments);
    }

    [Fact]
    public async Task Post_MutationWithCuratorKey_IsExecuted()
    {
        using var client = api.CreateGraphQLClient().WithKey(TestApiKeys.Curator);
        var before = api.Schema.Increments;

        var response = await client.PostAsync("mutation { increment }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, api.Schema.Increments);
    }
}
