using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>Relay paging with keyset cursors, and where filters, through GraphQL.</summary>
public sealed class PagingAndFilteringTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Drugs_PagedForwardThenBackward_VisitEveryDrugOnceInOrder()
    {
        using var client = api.CreateGraphQLClient();
        var all = Names((await client.PostAsync("{ drugs(first: 100) { nodes { name } } }")).Data.GetProperty("drugs"));

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = (await client.PostAsync("query($after: String) { drugs(first: 4, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }", new { after })).Data.GetProperty("drugs");
            forward.AddRange(Names(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await client.PostAsync("query($before: String) { drugs(last: 5, before: $before) { nodes { name } pageInfo { hasPreviousPage startCursor } } }", new { before })).Data.GetProperty("drugs");
            backward.InsertRange(0, Names(page));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(SeedGraph.NodeCount(NodeKind.Drug), all.Count);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
        Assert.Equal(all.Order(StringComparer.Ordinal), all);
    }

    [Fact]
    public async Task Drugs_NodeInsertedBeforeTheCursor_DoesNotShiftTheNextPage()
    {
        using var fresh = new ApiFactory();
        using var client = fresh.CreateGraphQLClient();
        var first = (await client.PostAsync("{ drugs(first: 5) { pageInfo { endCursor } } }")).Data.GetProperty("drugs");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var expected = Names((await client.PostAsync("query($after: String) { drugs(first: 5, after: $after) { nodes { name } } }", new { after = cursor })).Data.GetProperty("drugs"));

        await fresh.Services.GetRequiredService<IGraphStore>().WriteAsync(
            GraphWrite.Upsert(
                [new GraphNode("aaa test drug", NodeKind.Drug, "aaa test drug", [], PropertyBag.Empty, new Provenance([], VerificationStatus.Unverified))],
                [],
                new WriteContext("test", DateTimeOffset.UnixEpoch)),
            CancellationToken.None);
        var after = (await client.PostAsync("query($after: String) { drugs(first: 5, after: $after) { nodes { name } totalCount } }", new { after = cursor })).Data.GetProperty("drugs");

        Assert.Equal(expected, Names(after));
        Assert.Equal(22, after.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("""drugs(where: { aliases: { eq: "Enhertu" } })""", 1)]
    [InlineData("""drugs(where: { drugClass: { eq: "ADC" } })""", 4)]
    [InlineData("""drugs(where: { name: { startsWith: "TRASTUZUMAB" } })""", 4)]
    [InlineData("""drugs(where: { name: { contains: "tinib" } })""", 12)]
    [InlineData("""drugs(where: { or: [{ drugClass: { eq: "ADC" } }, { name: { eq: "afatinib" } }] })""", 5)]
    [InlineData("""drugs(where: { not: { drugClass: { eq: "ADC" } } })""", 17)]
    [InlineData("""variants(where: { exon: { gt: 17, lte: 20 } })""", 10)]
    [InlineData("""variants(where: { exon: { eq: 20 }, domain: { in: ["TKD"] } })""", 8)]
    [InlineData("""trials(where: { status: { eq: UNVERIFIED } })""", 7)]
    public async Task Connection_Where_CountsMatchingNodes(string connection, int expected)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync($"{{ result: {connection} {{ totalCount }} }}");
        Assert.Empty(response.ErrorCodes);
        Assert.Equal(expected, response.Data.GetProperty("result").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Variants_OrderedByNumberDescending_AreSortedByThatNumber()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("{ variants(where: { exon: { gte: 1 } }, order: [{ field: EXON, direction: DESC }], first: 100) { nodes { exon } } }");
        var exons = response.Data.GetProperty("variants").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("exon").GetInt32()).ToList();
        Assert.Equal(exons.OrderDescending(), exons);
        Assert.Equal(16, exons.Count);
    }

    [Fact]
    public async Task Traversal_PagedWithCursors_ContinuesWhereThePageEnded()
    {
        using var client = api.CreateGraphQLClient();
        var all = (await client.PostAsync("""{ drug(name: "T-DXd") { adverseEvents(first: 100) { totalCount edges { cursor } } } }""")).Data
            .GetProperty("drug").GetProperty("adverseEvents");
        var cursors = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()).ToList();

        var page = (await client.PostAsync("""query($after: String) { drug(name: "T-DXd") { adverseEvents(first: 3, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage } } } }""", new { after = cursors[2] })).Data
            .GetProperty("drug").GetProperty("adverseEvents");

        Assert.Equal(cursors.Skip(3).Take(3), page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(all.GetProperty("totalCount").GetInt32() > 6, page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Theory]
    [InlineData("""{ drugs(after: "bm90LWEtY3Vyc29y") { totalCount } }""", "BAD_CURSOR")]
    [InlineData("""{ drugs(after: "eyJvIjoxLCJ2IjpbXSwiaSI6IngifQ") { totalCount } }""", "BAD_CURSOR")]
    [InlineData("""{ drug(name: "T-DXd") { adverseEvents(after: "bm90LWEtY3Vyc29y") { totalCount } } }""", "BAD_CURSOR")]
    [InlineData("""{ drugs(first: 101) { totalCount } }""", "BAD_ARGUMENT")]
    [InlineData("""{ drugs(first: 2, last: 2) { totalCount } }""", "BAD_ARGUMENT")]
    [InlineData("""{ paths(from: "ERBB2", to: "pyrotinib", maxHops: 7) { length } }""", "BAD_ARGUMENT")]
    [InlineData("""{ search(text: "her2", first: 0) { score } }""", "BAD_ARGUMENT")]
    public async Task BadArguments_AnswerAnErrorWithACode(string query, string code)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Equal([code], response.ErrorCodes);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
    }

    private static List<string> Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
}
