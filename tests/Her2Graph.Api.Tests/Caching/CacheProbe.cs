using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>A two-level query whose answer shows a write (an alias added to T-DXd), and the write itself.</summary>
internal static class CacheProbe
{
    public const string DrugId = "trastuzumab deruxtecan";

    public const string Query = """
        { drug(name: "T-DXd") { name aliases adverseEvents { edges { node { name } relationship { grade3PlusPercent } } } } }
        """;

    public static async Task<GraphQLResponse> AskAsync(ApiFactory api)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Query);
        Assert.Empty(response.ErrorCodes);
        return response;
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
