using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary><c>Her2Graph:GraphQL:Introspection=false</c> hides the schema: no <c>__schema</c>, no SDL, no name suggestions.</summary>
public sealed class IntrospectionSwitchTests
{
    private const string Misspelt = "{ drugz(first: 1) { totalCount } }";

    [Fact]
    public async Task IntrospectionOn_ByDefault_AnswersAndSuggestsNames()
    {
        using var api = new ConfiguredApiFactory();
        using var client = api.CreateGraphQLClient();

        var schema = await client.PostAsync("{ __schema { queryType { name } } }");
        var misspelt = await client.PostAsync(Misspelt);

        Assert.Equal("Query", schema.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains("Did you mean", misspelt.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntrospectionOff_RefusesSchemaQueries_AndTheSdl_AndDropsSuggestions()
    {
        using var api = new ConfiguredApiFactory(("Her2Graph:GraphQL:Introspection", "false"));
        using var client = api.CreateGraphQLClient();

        var schema = await client.PostAsync("{ __schema { queryType { name } } }");
        var type = await client.PostAsync("{ __type(name: \"Drug\") { name } }");
        var misspelt = await client.PostAsync(Misspelt);
        using var sdl = await client.Http.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.BadRequest, schema.StatusCode);
        Assert.Equal(["NO_INTROSPECTION"], schema.ErrorCodes);
        Assert.Equal(["NO_INTROSPECTION"], type.ErrorCodes);
        Assert.Equal(HttpStatusCode.BadRequest, misspelt.StatusCode);
        Assert.NotEmpty(misspelt.ErrorCodes);
        Assert.DoesNotContain("Did you mean", misspelt.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("drugs", misspelt.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    [Fact]
    public async Task IntrospectionOff_StillAnswersTypename()
    {
        using var api = new ConfiguredApiFactory(("Her2Graph:GraphQL:Introspection", "false"));
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ __typename graph { version } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }
}
