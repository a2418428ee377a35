using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Filtering;

/// <summary>
/// where, order, aggregates and facets as a data scientist uses them on the seeded graph, each answer checked against
/// what the unfiltered edges say, and the store still asked once per level.
/// </summary>
public sealed class QueryPowerTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    private const string YvmaArms = """variant(name: "YVMA") { arms(includeClasses: true, first: 100""";

    [Theory]
    [InlineData("DESC")]
    [InlineData("ASC")]
    public async Task TraversalOrder_ByANodeFigure_SortsInTheStoreWithMissingFiguresLast(string direction)
    {
        var edges = await EdgesAsync($$"""{ {{YvmaArms}}, order: [{ node: ORR_PERCENT, direction: {{direction}} }]) { edges { node { orrPercent } } } } }""");

        var figures = edges.Select(e => e.GetProperty("node").GetProperty("orrPercent")).ToList();
        var present = figures.TakeWhile(f => f.ValueKind == JsonValueKind.Number).Select(f => f.GetDouble()).ToList();
        Assert.True(present.Count >= 10);
        Assert.All(figures.Skip(present.Count), f => Assert.Equal(JsonValueKind.Null, f.ValueKind));
        Assert.Equal(direction == "DESC" ? present.OrderDescending() : present.Order(), present);
    }

    [Fact]
    public async Task Aggregate_OverATraversal_AgreesWithItsEdges()
    {
        var arms = (await QueryAsync($$"""
            { {{YvmaArms}}, where: { node: { n: { gte: 30 } } }) {
                totalCount
                aggregate { node { orrPercent { count min max avg median sum } n { count sum } } }
                facets { node { analysis { value count } } relationship { status { value count } } }
                edges { node { orrPercent n analysis } relationship { status } } } } }
            """)).GetProperty("variant").GetProperty("arms");

        var edges = arms.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(arms.GetProperty("totalCount").GetInt32(), edges.Count);
        Assert.All(edges, e => Assert.True(e.GetProperty("node").GetProperty("n").GetDouble() >= 30));
        var orr = edges.Select(e => e.GetProperty("node").GetProperty("orrPercent")).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).Order().ToList();
        var summary = arms.GetProperty("aggregate").GetProperty("node").GetProperty("orrPercent");
        Assert.Equal(orr.Count, summary.GetProperty("count").GetInt32());
        Assert.Equal(orr[0], summary.GetProperty("min").GetDouble());
        Assert.Equal(orr[^1], summary.GetProperty("max").GetDouble());
        Assert.Equal(orr.Sum(), summary.GetProperty("sum").GetDouble(), 6);
        Assert.Equal(orr.Average(), summary.GetProperty("avg").GetDouble(), 6);
        var median = orr.Count % 2 == 1 ? orr[orr.Count / 2] : (orr[(orr.Count / 2) - 1] + orr[orr.Count / 2]) / 2;
        Assert.Equal(median, summary.GetProperty("median").GetDouble(), 6);

        var analyses = edges.Select(e => e.GetProperty("node").GetProperty("analysis")).Where(v => v.ValueKind == JsonValueKind.String)
            .GroupBy(v => v.GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var facet = arms.GetProperty("facets").GetProperty("node").GetProperty("analysis").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(analyses.OrderBy(p => p.Key), facet.OrderBy(p => p.Key));
        var statuses = arms.GetProperty("facets").GetProperty("relationship").GetProperty("status").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        Assert.Equal(edges.Count, statuses);
    }

    [Fact]
    public async Task LinkFilters_SomeAndNone_SplitTheDrugsByTheirApprovals()
    {
        var all = await QueryAsync("{ drugs(first: 100) { nodes { key approvals { nodes { authority } } } } }");
        var fda = all.GetProperty("drugs").GetProperty("nodes").EnumerateArray()
            .Where(d => d.GetProperty("approvals").GetProperty("nodes").EnumerateArray().Any(a => a.GetProperty("authority").GetString() == "FDA"))
            .Select(d => d.GetProperty("key").GetString()).ToHashSet();

        var some = Keys(await QueryAsync("""{ drugs(first: 100, where: { approvals: { some: { node: { authority: { eq: FDA } } } } }) { nodes { key } } }"""));
        var none = Keys(await QueryAsync("""{ drugs(first: 100, where: { approvals: { none: { node: { authority: { eq: FDA } } } } }) { nodes { key } } }"""));
        var twoOrMore = Keys(await QueryAsync("""{ drugs(first: 100, where: { approvals: { count: { gte: 2 } } }) { nodes { key approvals { totalCount } } } }"""));

        Assert.NotEmpty(fda);
        Assert.Equal(fda.Order(), some.Order());
        Assert.Empty(none.Intersect(fda));
        Assert.Equal(all.GetProperty("drugs").GetProperty("nodes").GetArrayLength(), some.Count + none.Count);
        Assert.Contains("trastuzumab deruxtecan", twoOrMore);
    }

    [Fact]
    public async Task CountOrder_SortsDrugsByTheirApprovalsThenByKey()
    {
        var drugs = (await QueryAsync("{ drugs(first: 100, order: [{ field: APPROVALS_COUNT, direction: DESC }]) { nodes { key approvals { totalCount } } } }"))
            .GetProperty("drugs").GetProperty("nodes").EnumerateArray()
            .Select(d => (Key: d.GetProperty("key").GetString()!, Count: d.GetProperty("approvals").GetProperty("totalCount").GetInt32())).ToList();

        Assert.Equal(drugs.OrderByDescending(d => d.Count).ThenBy(d => d.Key, StringComparer.Ordinal), drugs);
        Assert.True(drugs[0].Count >= 2);
    }

    [Fact]
    public async Task EdgeFilter_AndOrNotAndIsNull_ComposeOnTheRelationshipAndTheNode()
    {
        var all = await EdgesAsync($$"""{ {{YvmaArms}}) { edges { node { key orrPercent n } } } } }""");
        var filtered = await EdgesAsync($$"""
            { {{YvmaArms}}, where: { or: [{ node: { orrPercent: { gte: 60 } } }, { node: { orrPercent: { isNull: true } } }], not: { node: { n: { lt: 20 } } } }) {
                edges { node { key } } } } }
            """);

        var expected = all.Where(e =>
        {
            var node = e.GetProperty("node");
            var orr = node.GetProperty("orrPercent");
            var n = node.GetProperty("n");
            var orrHolds = orr.ValueKind == JsonValueKind.Null || orr.GetDouble() >= 60;
            var small = n.ValueKind == JsonValueKind.Number && n.GetDouble() < 20;
            return orrHolds && !small;
        }).Select(e => e.GetProperty("node").GetProperty("key").GetString()).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), filtered.Select(e => e.GetProperty("node").GetProperty("key").GetString()).Order());
    }

    [Fact]
    public async Task SiblingTraversals_WithDifferentFilters_AreOneStoreCallPerLevel()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync("""
            { drugs(first: 100) { nodes {
                strong: arms(where: { node: { orrPercent: { gte: 50 } } }) { totalCount }
                weak: arms(where: { node: { orrPercent: { lt: 50 } } }, order: [{ node: N, direction: DESC }]) { totalCount aggregate { node { orrPercent { median } } } }
                approvals(where: { node: { authority: { eq: FDA } } }) { nodes { date } } } } }
            """);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(2, api.Store.Calls.Count);
        Assert.StartsWith("ListNodes(Drug)", api.Store.Calls[0], StringComparison.Ordinal);
        Assert.StartsWith("GetNeighbours(", api.Store.Calls[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AggregateAndFacets_WithOnlyTheirTypeNames_AnswerWithoutAsking()
    {
        var arms = (await QueryAsync($$"""{ {{YvmaArms}}) { aggregate { __typename node { __typename } } facets { __typename } } } }"""))
            .GetProperty("variant").GetProperty("arms");

        Assert.Equal("TrialArmAggregate", arms.GetProperty("aggregate").GetProperty("node").GetProperty("__typename").GetString());
        Assert.EndsWith("EdgeFacets", arms.GetProperty("facets").GetProperty("__typename").GetString(), StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> EdgesAsync(string query) =>
        (await QueryAsync(query)).GetProperty("variant").GetProperty("arms").GetProperty("edges").EnumerateArray().ToList();

    private static List<string?> Keys(JsonElement data) =>
        data.GetProperty("drugs").GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("key").GetString()).ToList();

    private async Task<JsonElement> QueryAsync(string query)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        return response.Data;
    }
}
