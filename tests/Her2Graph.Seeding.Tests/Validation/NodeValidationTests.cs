using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

public sealed class NodeValidationTests
{
    [Fact]
    public async Task Validate_UnknownKind_ReportsUnknownKindOnceAtTheHeader()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/drugs.yaml", SeedFiles.Drugs.Replace("kind: Drug", "kind: Drugs", StringComparison.Ordinal));

        var report = await SeedChecks.ReportAsync(seed.Folder);

        var error = Assert.Single(report.Errors);
        Assert.Equal(
            "graph-seed/nodes/drugs.yaml:1: UNKNOWN_KIND 'Drugs' is not a node kind: use Gene, Variant, VariantClass, Drug, Trial, AdverseEvent, ResistanceMechanism, Publication, TrialArm, Approval, Disease, CompanionDiagnostic, Pathway",
            error.ToString());
    }

    [Fact]
    public async Task Validate_UnknownProperty_ReportsUnknownPropertyAtItsLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/genes.yaml", SeedFiles.Genes.Replace("cytoband:", "band:", StringComparison.Ordinal));

        var report = await SeedChecks.ReportAsync(seed.Folder);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("UNKNOWN_PROPERTY", "graph-seed/nodes/genes.yaml:8"), (error.Code, error.Location));
        Assert.StartsWith("Gene has no property 'band': use cytoband", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NodeWithoutNameOrStatus_ReportsMissingFieldsAtTheRecord()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/adverse-events.yaml", """
            kind: AdverseEvent
            nodes:
              - id: rash
            """);

        Assert.Equal(
            ["graph-seed/nodes/adverse-events.yaml:3: MISSING_FIELD", "graph-seed/nodes/adverse-events.yaml:3: MISSING_FIELD"],
            await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_NodeWithoutId_ReportsMissingFieldAndTheRelationshipsToItAreMissingNodes()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/adverse-events.yaml", """
            kind: AdverseEvent
            nodes:
              - name: rash
                status: verified
            """);

        Assert.Equal(
            ["graph-seed/nodes/adverse-events.yaml:3: MISSING_FIELD", "graph-seed/relationships/has-adverse-event.yaml:4: MISSING_NODE"],
            await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_EmptyName_ReportsMissingFieldAtTheField()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/adverse-events.yaml", """
            kind: AdverseEvent
            nodes:
              - id: rash
                name: ""
                status: verified
            """);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("graph-seed/nodes/adverse-events.yaml:4: MISSING_FIELD name is empty", error.ToString());
    }

    [Fact]
    public async Task Validate_IdUsedByTwoKindsInTwoFiles_ReportsDuplicateKeyAtTheSecond()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-genes.yaml", """
            kind: Variant
            nodes:
              - id: ERBB2
                name: ERBB2 again
                status: verified
            """);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(
            "graph-seed/nodes/more-genes.yaml:3: DUPLICATE_KEY node id 'ERBB2' is already used at graph-seed/nodes/genes.yaml:3: ids are unique across all kinds",
            error.ToString());
    }

    [Fact]
    public async Task Validate_UnknownStatus_ReportsInvalidValueAtTheStatus()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/drugs.yaml", SeedFiles.Drugs.Replace("from-knowledge", "known", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("graph-seed/nodes/drugs.yaml:12: INVALID_VALUE 'known' is not a status: use verified, from-knowledge or unverified", error.ToString());
    }

    [Fact]
    public async Task Validate_MalformedNodeCitation_ReportsMalformedCitation()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/genes.yaml", SeedFiles.Genes.Replace("[HGNC:3430]", "[HGNC 3430]", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/nodes/genes.yaml:6: MALFORMED_CITATION"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_AliasesNotAList_ReportsWrongType()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/drugs.yaml", SeedFiles.Drugs.Replace("[T-DXd, Enhertu]", "T-DXd", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/nodes/drugs.yaml:5: WRONG_TYPE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
