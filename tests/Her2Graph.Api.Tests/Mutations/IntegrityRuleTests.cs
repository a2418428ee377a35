using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>
/// The curator data-integrity rules of the shared validator (keys, registry ids, counts, numeric ids) through the
/// mutations: each is refused with its code in extensions.code and the input path in extensions.inputPath, and
/// nothing is written. The same rules on seed files are tested in Her2Graph.Seeding.Tests (file:line).
/// </summary>
public sealed class IntegrityRuleTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    private const string Ok = "status: VERIFIED, citations: [\"PMID:34534430\"]";
    private const string Yvma = "ERBB2:A775_G776insYVMA";
    private static readonly string LongKey = new('k', 201);

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // Keys: printable, trimmed, at most 200 characters.
        { "upsertAdverseEvent", """upsertAdverseEvent(input: {key: "zzq\u200Bevent", name: "N", status: VERIFIED}) { changed }""", "KEY_NOT_PRINTABLE", "input.key" },
        { "upsertAdverseEvent", """upsertAdverseEvent(input: {key: "zzq\u0000event", name: "N", status: VERIFIED}) { changed }""", "KEY_NOT_PRINTABLE", "input.key" },
        { "upsertDrug", """upsertDrug(input: {key: " ruleinib", name: "R", status: VERIFIED}) { changed }""", "KEY_NOT_TRIMMED", "input.key" },
        { "upsertDrug", $$"""upsertDrug(input: {key: "{{LongKey}}", name: "R", status: VERIFIED}) { changed }""", "KEY_TOO_LONG", "input.key" },
        { "link", $$$"""link(input: {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", qualifier: "cohort\t2", {{{Ok}}}}) { changed }""", "KEY_NOT_PRINTABLE", "input.qualifier" },
        { "link", $$$"""link(input: {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", qualifier: "cohort 2 ", {{{Ok}}}}) { changed }""", "KEY_NOT_TRIMMED", "input.qualifier" },
        { "importGraph", $$$"""importGraph(input: {relationships: [{type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", qualifier: "{{{LongKey}}}", {{{Ok}}}}]}) { changed }""", "KEY_TOO_LONG", "input.relationships[0].qualifier" },
        { "importGraph", $$$"""importGraph(input: {nodes: [{kind: Drug, key: "ruleinib\u2028", name: "R", status: VERIFIED}]}) { changed }""", "KEY_NOT_PRINTABLE", "input.nodes[0].key" },

        // Registry ids by scheme: a Trial's key and registryId.
        { "upsertTrial", """upsertTrial(input: {key: "NCT3505710", name: "T", status: VERIFIED}) { changed }""", "MALFORMED_REGISTRY_ID", "input.key" },
        { "upsertTrial", """upsertTrial(input: {key: "EXAMPLE-Lung99", name: "T", status: VERIFIED}) { changed }""", "UNKNOWN_REGISTRY", "input.key" },
        { "upsertTrial", """upsertTrial(input: {key: "destiny-lung05", name: "T", status: VERIFIED, registryId: "NCT05246514 (unverified)"}) { changed }""", "MALFORMED_REGISTRY_ID", "input.registryId" },
        { "upsertTrial", """upsertTrial(input: {key: "destiny-lung05", name: "T", status: VERIFIED, registryId: "DRKS00012345"}) { changed }""", "UNKNOWN_REGISTRY", "input.registryId" },
        { "importGraph", """importGraph(input: {nodes: [{kind: Trial, key: "pather3", name: "T", status: VERIFIED, properties: {registryId: "ChiCTR190002168"}}]}) { changed }""", "MALFORMED_REGISTRY_ID", "input.nodes[0].properties.registryId" },

        // Counts of patients are at least 1.
        { "link", $$$"""link(input: {type: HAS_ADVERSE_EVENT, from: "{{{Documents.SeededArm}}}", to: "ILD/pneumonitis", {{{Ok}}}, hasAdverseEvent: {n: 0}}) { changed }""", "OUT_OF_RANGE", "input.hasAdverseEvent.n" },
        { "importGraph", $$$"""importGraph(input: {relationships: [{type: HAS_ADVERSE_EVENT, from: "{{{Documents.SeededArm}}}", to: "ILD/pneumonitis", {{{Ok}}}, properties: {n: -4}}]}) { changed }""", "OUT_OF_RANGE", "input.relationships[0].properties.n" },
        { "link", $$$"""link(input: {type: CO_ALTERED_WITH, from: "ERBB2", to: "EGFR", qualifier: "rule test", {{{Ok}}}, coAlteredWith: {count: 1, denominator: 0}}) { changed }""", "OUT_OF_RANGE", "input.coAlteredWith.denominator" },

        // Numeric ids are positive, as properties and in citations.
        { "upsertGene", """upsertGene(input: {key: "RULE1", name: "R", status: VERIFIED, xrefs: [{scheme: NCBI_GENE, id: "0", status: VERIFIED}]}) { changed }""", "MALFORMED_XREF", "input.xrefs[0].id" },
        { "upsertGene", """upsertGene(input: {key: "RULE1", name: "R", status: VERIFIED, xrefs: [{scheme: HGNC, id: "HGNC:0", status: VERIFIED}]}) { changed }""", "MALFORMED_XREF", "input.xrefs[0].id" },
        { "upsertGene", """upsertGene(input: {key: "RULE1", name: "R", status: VERIFIED, xrefs: [{scheme: CHEMBL, id: "CHEMBL554", status: VERIFIED}]}) { changed }""", "XREF_WRONG_KIND", "input.xrefs[0].scheme" },
        { "upsertGene", """upsertGene(input: {key: "RULE1", name: "R", status: VERIFIED, xrefs: [{scheme: HGNC, id: "HGNC:9", status: VERIFIED}, {scheme: HGNC, id: "HGNC:9", status: FROM_KNOWLEDGE}]}) { changed }""", "DUPLICATE_XREF", "input.xrefs[1]" },
        { "upsertVariant", """upsertVariant(input: {key: "ERBB2:R1X", name: "R", status: VERIFIED, exon: -20}) { changed }""", "OUT_OF_RANGE", "input.exon" },
        { "link", $$$"""link(input: {type: SENSITIVE_TO, from: "{{{Yvma}}}", to: "afatinib", status: VERIFIED, citations: ["PMID:0"]}) { changed }""", "MALFORMED_CITATION", "input.citations[0]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mutation_BreakingAnIntegrityRule_IsRefusedWithCodeAndInputPath(string field, string selection, string code, string inputPath)
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync($"mutation {{ {selection} }}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([(code, inputPath)], InputErrors.Of(response));
        Assert.Equal([field], InputErrors.Paths(response));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty(field).ValueKind);
        Assert.DoesNotContain("   at ", response.Body, StringComparison.Ordinal);
        Assert.Equal(before, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task UpsertTrial_WithAWellFormedKeyAndRegistryId_IsWritten()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(
            """mutation { upsertTrial(input: {key: "ChiCTR-TRC-12002345/cohort-b", name: "T", status: VERIFIED, registryId: "ChiCTR-TRC-12002345"}) { trial { key registryId } } }""");

        Assert.Empty(response.ErrorCodes);
        var trial = response.Data.GetProperty("upsertTrial").GetProperty("trial");
        Assert.Equal(("ChiCTR-TRC-12002345/cohort-b", "ChiCTR-TRC-12002345"), (trial.GetProperty("key").GetString(), trial.GetProperty("registryId").GetString()));
    }

    [Fact]
    public async Task ImportGraph_DryRunWithAnUnknownRegistry_ReportsTheProblemWithItsInputPath()
    {
        using var client = api.CreateCuratorClient();
        var input = new { nodes = new[] { new { kind = "Trial", key = "pather3", name = "T", status = "VERIFIED", properties = new { registryId = "DRKS00012345" } } } };

        var response = await client.PostAsync(Documents.ImportGraph, new { input, dryRun = true });

        var problem = Assert.Single(response.Data.GetProperty("importGraph").GetProperty("problems").EnumerateArray());
        Assert.Equal(("UNKNOWN_REGISTRY", "input.nodes[0].properties.registryId"), (problem.GetProperty("code").GetString(), problem.GetProperty("inputPath").GetString()));
        Assert.Contains("ISRCTN", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
