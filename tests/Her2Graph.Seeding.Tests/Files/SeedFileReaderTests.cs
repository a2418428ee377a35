using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Files;

public sealed class SeedFileReaderTests
{
    [Fact]
    public async Task Read_ValidFolder_ReportsNoErrorsAndEveryFileInPathOrder()
    {
        using var seed = new TempSeedFolder().WithValidGraph();

        var report = await SeedChecks.ReportAsync(seed.Folder);

        Assert.Empty(report.Errors);
        Assert.Equal(
            [
                "graph-seed/nodes/adverse-events.yaml: 1 AdverseEvent node",
                "graph-seed/nodes/drugs.yaml: 2 Drug nodes",
                "graph-seed/nodes/genes.yaml: 1 Gene node",
                "graph-seed/nodes/trial-arms.yaml: 1 TrialArm node",
                "graph-seed/nodes/trials.yaml: 1 Trial node",
                "graph-seed/relationships/evaluates.yaml: 1 EVALUATES relationship",
                "graph-seed/relationships/has-adverse-event.yaml: 1 HAS_ADVERSE_EVENT relationship",
                "graph-seed/relationships/has-arm.yaml: 1 HAS_ARM relationship",
                "graph-seed/relationships/targets.yaml: 1 TARGETS relationship",
            ],
            report.Files.Select(f => f.ToString()));
    }

    [Fact]
    public async Task Read_UnclosedFlowList_ReportsSyntaxAtItsLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/genes.yaml", """
            kind: Gene
            nodes:
              - id: ERBB2
                name: ERBB2
                status: verified
                citations: [HGNC:3430
            """);

        var report = await SeedChecks.ReportAsync(seed.Folder);

        var error = Assert.Single(report.Errors);
        Assert.Equal(("SYNTAX", "graph-seed/nodes/genes.yaml:7"), (error.Code, error.Location));
        Assert.DoesNotContain("Line:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_UnreadableFile_DoesNotReportMissingNodesOfThatFile()
    {
        // targets.yaml names ERBB2, which is in the unreadable file: a MISSING_NODE there would only be noise.
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/genes.yaml", "kind: Gene\nnodes: [\n");

        Assert.Equal(["graph-seed/nodes/genes.yaml:4: SYNTAX"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_NodesNotAList_ReportsSyntaxAtTheValue()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/adverse-events.yaml", """
            kind: AdverseEvent
            nodes:
              id: rash
            """);

        Assert.Equal(["graph-seed/nodes/adverse-events.yaml:3: SYNTAX"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_NoHeader_ReportsSyntaxAtTheFirstLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/adverse-events.yaml", """
            nodes:
              - id: rash
            """);

        Assert.Equal(["graph-seed/nodes/adverse-events.yaml:1: SYNTAX"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_EmptyFile_ReportsSyntax()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/empty.yaml", "# nothing yet");

        Assert.Equal(["graph-seed/nodes/empty.yaml:1: SYNTAX"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_UnknownFieldsInHeaderAndRecord_ReportsUnknownFieldAtEachKey()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/drugs.yaml", """
            kind: Drug
            version: 2
            nodes:
              - id: trastuzumab deruxtecan
                name: trastuzumab deruxtecan
                brand: Enhertu
                status: verified
              - id: poziotinib
                name: poziotinib
                status: from-knowledge
            """);

        Assert.Equal(
            ["graph-seed/nodes/drugs.yaml:2: UNKNOWN_FIELD", "graph-seed/nodes/drugs.yaml:6: UNKNOWN_FIELD"],
            await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_DuplicateYamlKey_ReportsSyntax()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/adverse-events.yaml", """
            kind: AdverseEvent
            nodes:
              - id: rash
                name: rash
                name: skin rash
                status: verified
            """);

        var error = Assert.Single(await SeedChecks.ErrorsAsync(seed.Folder));
        Assert.StartsWith("graph-seed/nodes/adverse-events.yaml:", error, StringComparison.Ordinal);
        Assert.EndsWith(": SYNTAX", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_FolderWithoutYaml_ReportsSyntax()
    {
        using var seed = new TempSeedFolder();

        Assert.Equal(["graph-seed: SYNTAX"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_FilesInNestedFolders_ReadsThemWithTheirRelativePaths()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/extra/more.yaml", """
            kind: AdverseEvent
            nodes:
              - id: diarrhea
                name: diarrhea
                status: verified
            """);

        var report = await SeedChecks.ReportAsync(seed.Folder);

        Assert.Empty(report.Errors);
        Assert.Contains("graph-seed/nodes/extra/more.yaml: 1 AdverseEvent node", report.Files.Select(f => f.ToString()));
    }

    [Fact]
    public async Task Read_UnknownKindWithNoRecords_ReportsUnknownKindAtTheHeader()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/cell-lines.yaml", "kind: CellLine\nnodes: []");

        Assert.Equal(["graph-seed/nodes/cell-lines.yaml:1: UNKNOWN_KIND"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Read_BothHeaders_ReportsSyntax()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/mixed.yaml", "kind: Gene\ntype: TARGETS\nnodes: []");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("graph-seed/nodes/mixed.yaml:1: SYNTAX a file holds nodes (kind:) or relationships (type:), not both", error.ToString());
    }
}
