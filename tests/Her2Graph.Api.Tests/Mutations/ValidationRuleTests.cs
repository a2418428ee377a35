using System.Net;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>
/// Each rule of the shared validator (and the API's own checks) through a mutation: its code in extensions.code, the
/// input path it is about in extensions.inputPath, the mutation field in path, and nothing written.
/// </summary>
public sealed class ValidationRuleTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    private const string Ok = "status: VERIFIED, citations: [\"PMID:34534430\"]";
    private const string Yvma = "ERBB2:A775_G776insYVMA";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "upsertDrug", """upsertDrug(input: {key: "ruleinib", name: " ", status: VERIFIED}) { changed }""", "MISSING_FIELD", "input.name" },
        { "upsertDrug", """upsertDrug(input: {key: "ruleinib", name: "R", aliases: ["R-1", ""], status: VERIFIED}) { changed }""", "INVALID_VALUE", "input.aliases[1]" },
        { "upsertDrug", """upsertDrug(input: {key: "ruleinib", name: "R", status: VERIFIED, citations: ["PMID:12", "PMID 12"]}) { changed }""", "MALFORMED_CITATION", "input.citations[1]" },
        { "upsertDrug", """upsertDrug(input: {key: "ERBB2", name: "R", status: VERIFIED}) { changed }""", "DUPLICATE_KEY", "input.key" },
        // A typed date is refused by the PartialDate scalar before the validator (Evidence/EvidencePropertyTests); in JSON, by the validator.
        { "importGraph", """importGraph(input: {nodes: [{kind: Publication, key: "10.1/x", name: "P", status: VERIFIED, properties: {date: "2022-13"}}]}) { changed }""", "INVALID_VALUE", "input.nodes[0].properties.date" },
        { "link", $$$"""link(input: {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", status: VERIFIED, citations: []}) { changed }""", "MISSING_CITATION", "input" },
        { "link", $$$"""link(input: {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", status: VERIFIED, citations: ["PMID:1", "DOI:11.1/x"]}) { changed }""", "MALFORMED_CITATION", "input.citations[1]" },
        { "link", $$$"""link(input: {type: HAS_ADVERSE_EVENT, from: "{{{Documents.SeededArm}}}", to: "ILD/pneumonitis", {{{Ok}}}, hasAdverseEvent: {grade3PlusPercent: 140}}) { changed }""", "OUT_OF_RANGE", "input.hasAdverseEvent.grade3PlusPercent" },
        { "link", $$$"""link(input: {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "no such drug", {{{Ok}}}}) { changed }""", "MISSING_NODE", "input.to" },
        { "link", $$$"""link(input: {type: TARGETS, from: "{{{Yvma}}}", to: "ERBB2", {{{Ok}}}}) { changed }""", "WRONG_KINDS", "input.from" },
        { "link", $$$"""link(input: {type: TARGETS, from: "afatinib", to: "ERBB2", {{{Ok}}}, sensitiveTo: {notes: ["x"]}}) { changed }""", "WRONG_PROPERTIES", "input.sensitiveTo" },
        { "importGraph", $$$"""importGraph(input: {nodes: [{kind: Approval, key: "a-approval", name: "A", status: VERIFIED}, {kind: CompanionDiagnostic, key: "a-test", name: "T", status: VERIFIED}], relationships: [{type: APPROVED_WITH, from: "a-approval", to: "a-test", {{{Ok}}}, properties: {date: "2022-02-30"}}]}) { changed }""", "INVALID_VALUE", "input.relationships[0].properties.date" },
        { "importGraph", $$$"""importGraph(input: {nodes: [{kind: Drug, key: "a1", name: "A", status: VERIFIED}, {kind: Gene, key: "a1", name: "B", status: VERIFIED}]}) { changed }""", "DUPLICATE_KEY", "input.nodes[1].key" },
        { "importGraph", $$$"""importGraph(input: {nodes: [{kind: Drug, key: "a1", name: "A", status: VERIFIED, properties: {potency: 3}}]}) { changed }""", "UNKNOWN_PROPERTY", "input.nodes[0].properties.potency" },
        { "importGraph", $$$"""importGraph(input: {nodes: [{kind: Drug, key: "a1", name: "A", status: VERIFIED, properties: ["ADC"]}]}) { changed }""", "WRONG_TYPE", "input.nodes[0].properties" },
        { "importGraph", $$$"""importGraph(input: {relationships: [{type: HAS_ADVERSE_EVENT, from: "{{{Documents.SeededArm}}}", to: "ILD/pneumonitis", {{{Ok}}}, properties: {anyGradePercent: "high"}}]}) { changed }""", "WRONG_TYPE", "input.relationships[0].properties.anyGradePercent" },
        { "importGraph", $$$"""importGraph(input: {relationships: [{type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", {{{Ok}}}}, {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", {{{Ok}}}}]}) { changed }""", "DUPLICATE_KEY", "input.relationships[1]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mutation_BreakingARule_IsRefusedWithCodeAndInputPath(string field, string selection, string code, string inputPath)
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync($"mutation {{ {selection} }}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(code, inputPath)], InputErrors.Of(response));
        Assert.Equal([field], InputErrors.Paths(response));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task Link_WithSeveralProblems_ReportsEveryOneAtOnce()
    {
        using var client = api.CreateCuratorClient();
        var input = new
        {
            type = "HAS_ADVERSE_EVENT",
            from = "no such arm",
            to = "ILD/pneumonitis",
            status = "VERIFIED",
            citations = new[] { "PMID:abc", "see the paper" },
            hasAdverseEvent = new { anyGradePercent = -1.0, grade3PlusPercent = 101.0 },
        };

        var response = await client.PostAsync(Documents.Link, new { input });

        Assert.Equal(
            [
                ("MALFORMED_CITATION", "input.citations[0]"), ("MALFORMED_CITATION", "input.citations[1]"), ("MISSING_NODE", "input.from"),
                ("OUT_OF_RANGE", "input.hasAdverseEvent.anyGradePercent"), ("OUT_OF_RANGE", "input.hasAdverseEvent.grade3PlusPercent"),
            ],
            InputErrors.Of(response).OrderBy(e => e.InputPath, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ImportGraph_UnknownKind_IsRefusedByTheSchemaAndWritesNothing()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync("""mutation { importGraph(input: {nodes: [{kind: Dragon, key: "d", name: "D", status: VERIFIED}]}) { changed } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(response.ErrorCodes);
        Assert.Equal(before, await GraphState.ReadAsync(client));
    }
}
