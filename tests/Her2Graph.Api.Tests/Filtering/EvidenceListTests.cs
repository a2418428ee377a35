using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Filtering;

/// <summary>
/// The root evidence list as an analyst uses it on the seeded graph: filters, order, paging, aggregates and facets,
/// each answer checked against what the unfiltered list (or another connection) says, in one store call.
/// </summary>
public sealed class EvidenceListTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    private const string ArmFigures = "to { ... on TrialArm { key orrPercent n regimen { nodes { drugClass } } } }";

    [Fact]
    public async Task Evidence_ArmsWithOrrBetween20And40AndAtLeast30Patients_AreTheUnfilteredRowsThatFit()
    {
        var all = Rows(await QueryAsync($$"""{ evidence(kinds: [ARM_RESULT], first: 100) { totalCount nodes { {{ArmFigures}} } } }"""));
        var filtered = await QueryAsync($$"""
            { evidence(kinds: [ARM_RESULT], first: 100, where: { trialArm: { orrPercent: { gte: 20, lte: 40 }, n: { gte: 30 } } }) { totalCount nodes { kind {{ArmFigures}} } } }
            """);

        var expected = all.Where(r => Number(r, "orrPercent") is >= 20 and <= 40 && Number(r, "n") >= 30).Select(ArmKey).ToList();
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < all.Count);
        Assert.Equal(expected, Rows(filtered).Select(ArmKey));
        Assert.Equal(expected.Count, filtered.GetProperty("evidence").GetProperty("totalCount").GetInt32());
        Assert.All(Rows(filtered), r => Assert.Equal("ARM_RESULT", r.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Evidence_MedianOrrOfTkisAndAdcs_AgreesWithTheirArms()
    {
        var all = Rows(await QueryAsync($$"""{ evidence(kinds: [ARM_RESULT], first: 100) { nodes { {{ArmFigures}} } } }"""));
        var data = await QueryAsync("""
            {
              tki: evidence(kinds: [ARM_RESULT], where: { trialArm: { regimen: { some: { node: { drugClass: { eq: "TKI" } } } } } }) { totalCount aggregate { trialArm { orrPercent { count median min max } } } }
              adc: evidence(kinds: [ARM_RESULT], where: { trialArm: { regimen: { some: { node: { drugClass: { eq: "ADC" } } } } } }) { totalCount aggregate { trialArm { orrPercent { count median min max } } } }
            }
            """);

        foreach (var (alias, drugClass) in new[] { ("tki", "TKI"), ("adc", "ADC") })
        {
            var rows = all.Where(r => r.GetProperty("to").GetProperty("regimen").GetProperty("nodes").EnumerateArray()
                .Any(d => d.GetProperty("drugClass").ValueKind == JsonValueKind.String && d.GetProperty("drugClass").GetString() == drugClass)).ToList();
            var orr = rows.Select(r => Number(r, "orrPercent")).OfType<double>().Order().ToList();
            var summary = data.GetProperty(alias).GetProperty("aggregate").GetProperty("trialArm").GetProperty("orrPercent");
            Assert.Equal(rows.Count, data.GetProperty(alias).GetProperty("totalCount").GetInt32());
            Assert.Equal(orr.Count, summary.GetProperty("count").GetInt32());
            Assert.Equal(Median(orr), summary.GetProperty("median").GetDouble(), 6);
            Assert.Equal((orr[0], orr[^1]), (summary.GetProperty("min").GetDouble(), summary.GetProperty("max").GetDouble()));
        }
    }

    [Fact]
    public async Task Evidence_PagingForwardAndBackward_GivesEveryRowOnceInOneOrder()
    {
        const string order = "order: [{ trialArm: ORR_PERCENT, direction: DESC }]";
        var forward = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await QueryAsync($$"""{ evidence(first: 37, {{order}}{{(after is null ? "" : $", after: \"{after}\"")}}) { totalCount pageInfo { hasNextPage endCursor } edges { node { relationship { key } } } } }""")).GetProperty("evidence");
            total = page.GetProperty("totalCount").GetInt32();
            forward.AddRange(Keys(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var backward = new List<string>();
        string? before = null;
        do
        {
            var page = (await QueryAsync($$"""{ evidence(last: 37, {{order}}{{(before is null ? "" : $", before: \"{before}\"")}}) { pageInfo { hasPreviousPage startCursor } edges { node { relationship { key } } } } }""")).GetProperty("evidence");
            backward.InsertRange(0, Keys(page));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.True(total > 100);
        Assert.Equal(total, forward.Count);
        Assert.Equal(total, forward.Distinct().Count());
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task Evidence_OrderOnTheArmAcrossKinds_SortsByTheArmWithRowsWithoutTheFigureLast()
    {
        var rows = Rows(await QueryAsync("""
            { evidence(kinds: [ARM_RESULT, APPROVAL], first: 100, order: [{ trialArm: ORR_PERCENT, direction: DESC }]) {
                totalCount nodes { kind to { ... on TrialArm { orrPercent } } } } }
            """));

        // An approval has no arm end: it sorts with the arms that lack the figure, after every arm that has one.
        var figures = rows.Select(r => Number(r, "orrPercent")).ToList();
        var present = figures.TakeWhile(f => f is not null).Select(f => f!.Value).ToList();
        Assert.True(present.Count >= 10);
        Assert.Equal(present.OrderDescending(), present);
        Assert.All(figures.Skip(present.Count), f => Assert.Null(f));
        Assert.All(rows.Take(present.Count), r => Assert.Equal("ARM_RESULT", r.GetProperty("kind").GetString()));
        Assert.Contains(rows.Skip(present.Count), r => r.GetProperty("kind").GetString() == "APPROVAL");
    }

    [Fact]
    public async Task Evidence_DrugFilterAndFacets_AgreeWithTheRowsAndTheKindsTotals()
    {
        var data = await QueryAsync("""
            {
              all: evidence(first: 1) { totalCount facets { kind { value count } relationship { status { value count } } drug { drugClass { value count } } } }
              adc: evidence(first: 100, where: { drug: { drugClass: { eq: "ADC" } } }) { totalCount nodes { kind from { kind } to { kind ... on Drug { drugClass } } } }
              arms: evidence(kinds: [ARM_RESULT]) { totalCount }
              approvals: evidence(kinds: [APPROVAL]) { totalCount }
            }
            """);

        var all = data.GetProperty("all");
        var total = all.GetProperty("totalCount").GetInt32();
        var kinds = Facet(all.GetProperty("facets").GetProperty("kind"));
        Assert.Equal(total, kinds.Values.Sum());
        Assert.Equal(total, Facet(all.GetProperty("facets").GetProperty("relationship").GetProperty("status")).Values.Sum());
        Assert.Equal(data.GetProperty("arms").GetProperty("totalCount").GetInt32(), kinds["ARM_RESULT"]);
        Assert.Equal(data.GetProperty("approvals").GetProperty("totalCount").GetInt32(), kinds["APPROVAL"]);

        var adc = data.GetProperty("adc");
        var rows = Rows(data, "adc");
        Assert.Equal(Facet(all.GetProperty("facets").GetProperty("drug").GetProperty("drugClass"))["ADC"], adc.GetProperty("totalCount").GetInt32());
        Assert.Equal(rows.Count, adc.GetProperty("totalCount").GetInt32());
        Assert.All(rows, r => Assert.Equal("ADC", r.GetProperty("to").GetProperty("drugClass").GetString()));
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "APPROVAL");
        Assert.Contains(rows, r => r.GetProperty("kind").GetString() == "SENSITIVITY");
    }

    [Fact]
    public async Task Evidence_RowsWithFiguresAndAggregates_AreOneStoreCall()
    {
        var store = api.Store;
        store.Clear();

        await QueryAsync("""
            { evidence(kinds: [ADVERSE_EVENT_RATE], first: 5, where: { relationship: { anyGradePercent: { gte: 10 } } }, order: [{ relationship: ANY_GRADE_PERCENT, direction: DESC }]) {
                nodes { kind status citations { kind } from { name } to { name } relationship { key ... on HasAdverseEventRelationship { anyGradePercent n } } }
                aggregate { relationship { anyGradePercent { median } } } facets { relationship { attribution { value count } } } } }
            """);

        Assert.Equal(["ListRelationships(HAS_ADVERSE_EVENT)"], store.Calls.Where(c => c != "GetVersion"));
    }

    [Theory]
    [InlineData("""{ evidence(order: [{ relationship: N, drug: NAME }]) { totalCount } }""", "BAD_ARGUMENT")]
    [InlineData("""{ evidence(order: [{ direction: DESC }]) { totalCount } }""", "BAD_ARGUMENT")]
    [InlineData("""{ evidence(after: "not-a-cursor") { totalCount } }""", "BAD_CURSOR")]
    public async Task Evidence_BadOrderOrCursor_IsAnErrorWithItsCode(string query, string code)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static double? Number(JsonElement row, string field) =>
        row.GetProperty("to").TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static string? ArmKey(JsonElement row) => row.GetProperty("to").GetProperty("key").GetString();

    private static List<JsonElement> Rows(JsonElement data, string field = "evidence") => data.GetProperty(field).GetProperty("nodes").EnumerateArray().ToList();

    private static IEnumerable<string> Keys(JsonElement page) =>
        page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("relationship").GetProperty("key").GetString()!);

    private static Dictionary<string, int> Facet(JsonElement values) =>
        values.EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    private async Task<JsonElement> QueryAsync(string query)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        return response.Data;
    }
}
