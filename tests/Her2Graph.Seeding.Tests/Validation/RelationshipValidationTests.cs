using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

public sealed class RelationshipValidationTests
{
    [Fact]
    public async Task Validate_UnknownType_ReportsUnknownTypeOnceAtTheHeader()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("type: TARGETS", "type: TARGET", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/targets.yaml:1: UNKNOWN_TYPE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_RelationshipWithoutFromAndTo_ReportsMissingFieldsAtTheRecord()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", """
            type: TARGETS
            relationships:
              - status: verified
                citations: [PMID:34534430]
            """);

        Assert.Equal(
            ["graph-seed/relationships/targets.yaml:3: MISSING_FIELD", "graph-seed/relationships/targets.yaml:3: MISSING_FIELD"],
            await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_EndThatIsNoNode_ReportsMissingNodeAtTheEnd()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("to: ERBB2", "to: ERBB3", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("graph-seed/relationships/targets.yaml:4: MISSING_NODE no node has the id 'ERBB3' (end of TARGETS)", error.ToString());
    }

    [Fact]
    public async Task Validate_EndOfAKindTheTypeDoesNotJoin_ReportsWrongKindsAtTheEnd()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("to: ERBB2", "to: rash", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("graph-seed/relationships/targets.yaml:4: WRONG_KINDS TARGETS must end at Gene, not at AdverseEvent 'rash'", error.ToString());
    }

    [Fact]
    public async Task Validate_RelationshipWithoutCitation_ReportsMissingCitationAtTheRecord()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("    citations: [PMID:34534430]\n", string.Empty, StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/targets.yaml:3: MISSING_CITATION"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_EmptyCitationList_ReportsMissingCitation()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("[PMID:34534430]", "[]", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/targets.yaml:3: MISSING_CITATION"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_MalformedCitationInAFlowList_ReportsMalformedCitationAtItsLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("[PMID:34534430]", "[PMID:34534430, NCT1234]", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(
            "graph-seed/relationships/targets.yaml:7: MALFORMED_CITATION malformed NCT id 'NCT1234': expected NCT followed by 8 digits, e.g. NCT03505710",
            error.ToString());
    }

    [Fact]
    public async Task Validate_MalformedCitationInABlockList_ReportsMalformedCitationAtTheCitationsOwnLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("DOI:10.1200/", "DOI:10.12/", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/has-adverse-event.yaml:10: MALFORMED_CITATION"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_UnknownEvidenceLevel_ReportsInvalidValueAtTheEvidence()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", SeedFiles.Targets.Replace("evidence: regulatory", "evidence: rct", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(
            "graph-seed/relationships/targets.yaml:6: INVALID_VALUE 'rct' is not an evidence level: use regulatory, guideline, randomized-trial, clinical-trial, observational, case-report, preclinical, review, curated",
            error.ToString());
    }

    [Fact]
    public async Task Validate_SameKeyTwice_ReportsDuplicateKeyAtTheSecondRecord()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/targets.yaml", """
            type: TARGETS
            relationships:
              - from: trastuzumab deruxtecan
                to: ERBB2
                status: verified
                citations: [PMID:34534430]
              - from: trastuzumab deruxtecan
                to: ERBB2
                status: verified
                citations: [PMID:34534430]
            """);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(
            "graph-seed/relationships/targets.yaml:7: DUPLICATE_KEY TARGETS from 'trastuzumab deruxtecan' to 'ERBB2' with qualifier '' is already written at graph-seed/relationships/targets.yaml:3: give each a different qualifier",
            error.ToString());
    }

    [Fact]
    public async Task Validate_SameEndsWithDifferentQualifiers_IsValid()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/has-adverse-event-2.yaml", """
            type: HAS_ADVERSE_EVENT
            relationships:
              - from: 'NCT03318939: cohort 2, 16 mg QD'
                to: rash
                qualifier: ZENITH20 cohort 1
                status: verified
                citations: [PMID:34534430]
            """);

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
