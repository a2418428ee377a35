using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Her2Graph.Api.Tests.Storage;

/// <summary>Choosing the store: SQLite by default; Neo4j only with its settings complete, else a clear start-up error.</summary>
public sealed class StoreProviderTests
{
    [Fact]
    public async Task DefaultProvider_IsTheEmbeddedSqliteStore_Seeded()
    {
        using var api = new ApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ graph { nodeCount } }");

        Assert.Equal(120, response.Data.GetProperty("graph").GetProperty("nodeCount").GetInt32());
    }

    [Theory]
    [InlineData(null, "Her2Graph:Storage:Neo4j:Uri, Her2Graph:Storage:Neo4j:User, Her2Graph:Storage:Neo4j:Password")]
    [InlineData("bolt://localhost:7687", "must be the server's http(s) address")]
    public void Neo4jProvider_WithIncompleteSettings_RefusesToStartAndSaysWhy(string? uri, string expected)
    {
        using var api = new Neo4jApiFactory(uri);

        var error = Assert.ThrowsAny<Exception>(() => api.CreateClient());

        Assert.Contains(expected, Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) => error.InnerException is null ? error.Message : error.Message + " " + Flatten(error.InnerException);

    private sealed class Neo4jApiFactory(string? uri) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Her2Graph:Storage:Provider", "Neo4j");
            if (uri is not null)
            {
                builder.UseSetting("Her2Graph:Storage:Neo4j:Uri", uri);
                builder.UseSetting("Her2Graph:Storage:Neo4j:User", "neo4j");
                builder.UseSetting("Her2Graph:Storage:Neo4j:Password", "secret");
            }
        }
    }
}
