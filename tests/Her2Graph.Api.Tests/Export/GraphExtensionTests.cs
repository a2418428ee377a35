using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Export;

/// <summary>extensions.graph after a write, and on a request that read nothing from the graph.</summary>
public sealed class GraphExtensionTests
{
    [Fact]
    public async Task Mutation_ThatChangesTheGraph_ReportsTheVersionItWrote()
    {
        using var api = new CuratorApiFactory();
        using var client = api.CreateCuratorClient();
        var seeded = (await GraphState.ReadAsync(client)).Version;

        var response = await client.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("citinib", "Citinib", alias: "CIT-1"), comment = "to cite" });

        Assert.Equal(seeded + 1, response.Json.GetProperty("extensions").GetProperty("graph").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Query_ThatReadsNothingFromTheGraph_HasNoGraphEntry()
    {
        using var api = new ApiFactory();
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("{ __typename }");

        Assert.True(response.Json.GetProperty("extensions").TryGetProperty("cost", out _));
        Assert.False(response.Json.GetProperty("extensions").TryGetProperty("graph", out _));
    }
}
