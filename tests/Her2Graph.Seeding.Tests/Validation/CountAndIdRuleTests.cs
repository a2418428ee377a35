using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>Counts of patients are at least 1 and numeric ids are positive, as properties and in citations.</summary>
public sealed class CountAndIdRuleTests
{
    private const string Variants = """
        kind: Variant
        nodes:
          - id: ERBB2:A775_G776insYVMA
            name: YVMA
            status: verified
            properties:
              exon: 20
        """;

    private const string CoAlteredWith = """
        type: CO_ALTERED_WITH
        relationships:
          - from: ERBB2
            to: ERBB2
            status: verified
            citations: [PMID:34534430]
            properties:
              count: 3
              denominator: 19
        """;

    // The patients a figure rests on: an arm's n (its figures) and an adverse-event rate's n (patients at risk).
    [Theory]
    [InlineData("nodes/trial-arms.yaml", "n: 0", 9)]
    [InlineData("nodes/trial-arms.yaml", "n: -12", 9)]
    [InlineData("relationships/has-adverse-event.yaml", "n: 0", 12)]
    public async Task Validate_PatientCountBelowOne_IsOutOfRangeAtTheProperty(string file, string line, int at)
    {
        var yaml = SeedFiles.Valid.Single(f => f.Path == file).Yaml.Replace("n: 90", line, StringComparison.Ordinal);
        using var seed = new TempSeedFolder().WithValidGraph().Write(file, yaml);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(("OUT_OF_RANGE", $"graph-seed/{file}:{at}"), (error.Code, error.Location));
        Assert.EndsWith("it must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count: 3", "denominator: 0", 9)]
    [InlineData("count: -1", "denominator: 19", 8)]
    public async Task Validate_CoAlterationCountsBelowTheirMinimum_AreOutOfRange(string count, string denominator, int at)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/co-altered-with.yaml",
            CoAlteredWith.Replace("count: 3", count, StringComparison.Ordinal).Replace("denominator: 19", denominator, StringComparison.Ordinal));

        Assert.Equal([$"graph-seed/relationships/co-altered-with.yaml:{at}: OUT_OF_RANGE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_SmallestCounts_AreValid()
    {
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("nodes/trial-arms.yaml", SeedFiles.TrialArms.Replace("n: 90", "n: 1", StringComparison.Ordinal))
            .Write("relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("n: 90", "n: 1", StringComparison.Ordinal))
            .Write("relationships/co-altered-with.yaml", CoAlteredWith.Replace("count: 3", "count: 0", StringComparison.Ordinal).Replace("denominator: 19", "denominator: 1", StringComparison.Ordinal));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("nodes/genes.yaml", "id: \"2064\"", "id: \"0\"", 10, "MALFORMED_XREF")]
    [InlineData("nodes/genes.yaml", "id: \"2064\"", "id: \"-2064\"", 10, "MALFORMED_XREF")]
    [InlineData("nodes/genes.yaml", "id: \"2064\"", "id: \"02064\"", 10, "MALFORMED_XREF")]
    [InlineData("nodes/genes.yaml", "id: \"HGNC:3430\"", "id: \"HGNC:0\"", 11, "MALFORMED_XREF")]
    [InlineData("nodes/genes.yaml", "id: \"HGNC:3430\"", "id: '3430'", 11, "MALFORMED_XREF")]
    [InlineData("nodes/trial-arms.yaml", "n: 90", "n: -90", 9, "OUT_OF_RANGE")]
    [InlineData("nodes/genes.yaml", "[HGNC:3430]", "[HGNC:0]", 6, "MALFORMED_CITATION")]
    [InlineData("nodes/genes.yaml", "[HGNC:3430]", "[NCBIGene:000]", 6, "MALFORMED_CITATION")]
    [InlineData("relationships/targets.yaml", "[PMID:34534430]", "[PMID:0]", 7, "MALFORMED_CITATION")]
    [InlineData("relationships/has-adverse-event.yaml", "PMCID:PMC8887939", "PMCID:PMC0000", 9, "MALFORMED_CITATION")]
    public async Task Validate_NumericIdThatIsNotPositive_ReportsItsCodeAtItsLine(string file, string valid, string invalid, int at, string code)
    {
        var yaml = SeedFiles.Valid.Single(f => f.Path == file).Yaml.Replace(valid, invalid, StringComparison.Ordinal);
        using var seed = new TempSeedFolder().WithValidGraph().Write(file, yaml);

        Assert.Equal([$"graph-seed/{file}:{at}: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ZeroPmid_SaysIdsArePositive()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("PMID:34534430", "PMID:0", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("'PMID:0' is not an id: PMIDs, PMCIDs, HGNC and NCBI Gene ids are positive numbers", error.Message);
    }

    [Theory]
    [InlineData("exon: 0", "OUT_OF_RANGE")]
    [InlineData("exon: 20", null)]
    public async Task Validate_ExonNumber_IsPositive(string line, string? code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/variants.yaml", Variants.Replace("exon: 20", line, StringComparison.Ordinal));

        Assert.Equal(code is null ? [] : [$"graph-seed/nodes/variants.yaml:7: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_PublicationPmcidThatIsNotOne_IsMalformedId()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/publications.yaml", """
            kind: Publication
            nodes:
              - id: 10.1056/NEJMoa2112431
                name: DESTINY-Lung01
                status: verified
                properties:
                  pmcid: PMC0
            """);

        Assert.Equal(["graph-seed/nodes/publications.yaml:7: MALFORMED_ID"], await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
