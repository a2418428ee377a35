using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// Filters, orders and aggregates are priced by what the store does with them: a condition per row, a link filter or a
/// counted sort key a subquery per row, a summary or facet a pass over the whole filtered set; so a heavy aggregate is
/// never free, and many of them under a wide list reach the cost limit.
/// </summary>
public sealed class FilterCostTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    private static readonly string[] ArmFigures = ["orrPercent", "dcrPercent", "n", "crPercent", "medianPfsMonths", "medianDorMonths"];

    [Fact]
    public async Task Cost_GrowsWithConditionsLinksCountedOrdersAndAggregates()
    {
        var plain = await CostAsync("{ drugs(first: 10) { nodes { key } } }");
        var condition = await CostAsync("""{ drugs(first: 10, where: { name: { startsWith: "t" } }) { nodes { key } } }""");
        var link = await CostAsync("""{ drugs(first: 10, where: { approvals: { some: { node: { authority: { eq: FDA } } } } }) { nodes { key } } }""");
        var counted = await CostAsync("{ drugs(first: 10, order: [{ field: APPROVALS_COUNT }]) { nodes { key } } }");
        var facet = await CostAsync("{ drugs(first: 10) { nodes { key } facets { drugClass { value count } } } }");

        Assert.True(condition > plain, $"{condition} > {plain}");
        Assert.True(link >= plain + 20, $"{link} >= {plain} + 20");
        Assert.True(counted >= plain + 20, $"{counted} >= {plain} + 20");
        Assert.True(facet >= plain + 20, $"{facet} >= {plain} + 20");
    }

    [Fact]
    public async Task Aggregates_UnderEveryNodeOfAWideList_AreMultipliedByIt()
    {
        var one = await CostAsync("""{ variant(name: "YVMA") { arms { aggregate { node { orrPercent { median } } } } } }""");
        var many = await CostAsync("{ variants(first: 100) { nodes { arms { aggregate { node { orrPercent { median } n { sum } } } } } } }");

        Assert.True(many > 100 * 2 * 20, $"{many} > 4000");
        Assert.True(many > 50 * one, $"{many} > 50 × {one}");
    }

    [Fact]
    public async Task Aggregates_PastTheLimit_AreRefusedBeforeAnyStoreCall()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();
        var figures = string.Join(' ', ArmFigures.Select(f => $"{f} {{ median min max }}"));
        var aliases = string.Join(' ', Enumerable.Range(0, 4).Select(i => $"a{i}: arms(first: 100) {{ aggregate {{ node {{ {figures} }} }} facets {{ node {{ analysis {{ value }} }} }} }}"));

        var response = await client.PostAsync($"{{ variants(first: 100) {{ nodes {{ {aliases} }} }} }}");

        Assert.Equal(["COST_LIMIT_EXCEEDED"], response.ErrorCodes);
        Assert.Empty(api.Store.Calls);
    }

    private async Task<int> CostAsync(string query)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        return response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt32();
    }
}
