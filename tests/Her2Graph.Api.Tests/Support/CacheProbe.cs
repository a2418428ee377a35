using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Queries whose answers show a write (an alias added to T-DXd, a new drug), and the writes themselves.</summary>
internal static class CacheProbe
{
    public const string DrugId = "trastuzumab deruxtecan";

    private static readonly string[] NewDrugAliases = ["CCH-1"];

    public const string Query = """
        { drug(name: "T-DXd") { name aliases adverseEvents { edges { node { name } relationship { grade3PlusPercent } } } } }
        """;

    /// <summary>A drug that is not in the seed, for <see cref="CreateDrugAsync"/>.</summary>
    public const string NewDrugQuery = """{ drug(name: "cacheinib") { name aliases } }""";

    public static async Task<GraphQLResponse> AskAsync(ApiFactory api, string query = Query)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        return response;
    }

    /// <summary>Creates the drug cacheinib with a curator's upsertDrug mutation.</summary>
    public static async Task CreateDrugAsync(CacheApiFactory api)
    {
        using var client = api.CreateCuratorClient();
        var response = await client.PostAsync(
            """
            mutation($input: DrugInput!) { upsertDrug(input: $input, comment: "cache test") { changed drug { name } } }
            """,
            new { input = new { key = "cacheinib", name = "Cacheinib", aliases = NewDrugAliases, status = "VERIFIED", drugClass = "TKI" } });
        Assert.Empty(response.ErrorCodes);
        Assert.True(response.Data.GetProperty("upsertDrug").GetProperty("changed").GetBoolean());
        Assert.Equal("Cacheinib", response.Data.GetProperty("upsertDrug").GetProperty("drug").GetProperty("name").GetString());
    }

    public static IReadOnlyList<string> Aliases(GraphQLResponse response) =>
        [.. response.Data.GetProperty("drug").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];

    /// <summary>Adds <paramref name="alias"/> to T-DXd through the store port, as a curator's write would.</summary>
    public static async Task<WriteResult> AddAliasAsync(IGraphStore store, string alias)
    {
        var drug = (await store.GetNodesAsync([DrugId], CancellationToken.None))[DrugId];
        var write = GraphWrite.Upsert(
            [drug with { Aliases = [.. drug.Aliases, alias] }], [], new WriteContext("cache-test", new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero)));
        var result = await store.WriteAsync(write, CancellationToken.None);
        Assert.True(result.Changed);
        return result;
    }
}
