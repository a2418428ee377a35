using System.Net;
using GraphQL;
using GraphQL.Types;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Http;

public sealed class SchemaDefinitionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetSchemaGraphql_ReturnsThePrintedSchemaAsText()
    {
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(api.Services.GetRequiredService<ISchema>().Print(), await response.Content.ReadAsStringAsync());
    }
}
