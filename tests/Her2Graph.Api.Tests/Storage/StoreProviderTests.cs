using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Storage;

/// <summary>Choosing the store: SQLite by default (Neo4j with incomplete settings: see <see cref="StartupFaultTests"/>).</summary>
public sealed class StoreProviderTests
{
    [Fact]
    public async Task DefaultProvider_IsTheEmbeddedSqliteStore_Seeded()
    {
        using var api = new ApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ graph { nodeCount } }");

        Assert.Equal(196, response.Data.GetProperty("graph").GetProperty("nodeCount").GetInt32());
    }
}
