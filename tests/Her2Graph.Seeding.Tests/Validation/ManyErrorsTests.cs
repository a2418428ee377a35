using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

public sealed class ManyErrorsTests
{
    [Fact]
    public async Task Validate_ErrorsInSeveralFiles_ReportsEveryOneByFileAndLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("nodes/drugs.yaml", SeedFiles.Drugs
                .Replace("status: verified", "status: verifed", StringComparison.Ordinal)
                .Replace("drugClass: TKI", "drugClass: TKI\n      doze: 16 mg", StringComparison.Ordinal))
            .Write("nodes/genes.yaml", SeedFiles.Genes.Replace("id: \"2064\"", "id: \"2064.5\"", StringComparison.Ordinal))
            .Write("relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent
                .Replace("grade3PlusPercent: 10", "grade3PlusPercent: 110", StringComparison.Ordinal)
                .Replace("PMCID:PMC8887939", "PMCID:8887939", StringComparison.Ordinal))
            .Write("relationships/targets.yaml", SeedFiles.Targets
                .Replace("to: ERBB2", "to: HER2", StringComparison.Ordinal)
                .Replace("    citations: [PMID:34534430]\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(
            [
                "graph-seed/nodes/drugs.yaml:6: INVALID_VALUE",
                "graph-seed/nodes/drugs.yaml:15: UNKNOWN_PROPERTY",
                "graph-seed/nodes/genes.yaml:10: MALFORMED_XREF",
                "graph-seed/relationships/has-adverse-event.yaml:9: MALFORMED_CITATION",
                "graph-seed/relationships/has-adverse-event.yaml:14: OUT_OF_RANGE",
                "graph-seed/relationships/targets.yaml:3: MISSING_CITATION",
                "graph-seed/relationships/targets.yaml:4: MISSING_NODE",
            ],
            await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
