using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;
using Her2Graph.Seeding.Validation.Aliases;
using Her2Graph.Seeding.Validation.Consistency;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>
/// A batch written into a store (as a mutation is): DUPLICATE_ALIAS and the consistency rules look at the graph around
/// the batch, in the real SQLite store holding the evidence fixture, so a write is refused whatever the seed would refuse.
/// </summary>
public sealed class StoreLookupTests : IDisposable
{
    private readonly TempSeedFolder _graph = new TempSeedFolder().WithEvidenceGraph();
    private readonly TempSeedFolder _batch = new();

    public void Dispose()
    {
        _graph.Dispose();
        _batch.Dispose();
    }

    private async Task<SqliteGraphStore> OpenSeededStoreAsync()
    {
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(_graph.DatabasePath), CancellationToken.None);
        var report = await new SeedImporter(store, FixedClock.Default).ImportAsync(_graph.Folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        return store;
    }

    private async Task<IReadOnlyList<string>> ErrorsAsync(StoreLookups lookups) =>
        (await GraphInputValidator.ValidateAsync(SeedFolderReader.Read(_batch.Folder).Input, lookups, CancellationToken.None)).Errors
        .Select(e => $"{e.Location}: {e.Code}").ToList();

    private static string Link(string type, string from, string to, string more = "") => $"""
        type: {type}
        relationships:
          - from: '{from}'
            to: '{to}'
            status: verified
            citations: [NCT03318939]{more}
        """;

    [Fact]
    public async Task Validate_AliasOfAStoredNode_ReportsDuplicateAliasNamingIt()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("nodes/drugs.yaml", "kind: Drug\nnodes:\n  - id: ds-8201\n    name: DS-8201\n    aliases: [t-dxd]\n    status: verified");

        var result = await GraphInputValidator.ValidateAsync(SeedFolderReader.Read(_batch.Folder).Input, StoreLookups.In(store), CancellationToken.None);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("DUPLICATE_ALIAS", "graph-seed/nodes/drugs.yaml:5"), (error.Code, error.Location));
        Assert.Contains("reads the same as the alias 'T-DXd' of Drug 'trastuzumab deruxtecan' in the graph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StoredNodeWrittenAgainAndItsOldAliasMoved_IsValid()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("nodes/drugs.yaml", SeedFiles.Drugs.Replace("[T-DXd, Enhertu]", "[Enhertu]", StringComparison.Ordinal)
                                         + "\n  - id: ds-8201\n    name: DS-8201\n    aliases: [T-DXd]\n    status: verified");

        Assert.Empty(await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_NewArmWithoutHasArm_ReportsArmWithoutTrial()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("nodes/trial-arms.yaml", SeedFiles.TrialArms.Replace("cohort 2, 16 mg QD", "cohort 3, 16 mg QD", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/nodes/trial-arms.yaml:3: ARM_WITHOUT_TRIAL"], await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_StoredArmWrittenAgain_IsValidAndLooksAroundInFewSteps()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("nodes/trial-arms.yaml", SeedFiles.TrialArms.Replace("orrPercent: 27.8", "orrPercent: 28", StringComparison.Ordinal));
        var calls = 0;
        var inStore = StoreLookups.In(store);
        ExistingRelationshipLookup counted = (ids, types, cancellationToken) =>
        {
            calls++;
            return inStore.Relationships(ids, types, cancellationToken);
        };

        Assert.Empty(await ErrorsAsync(inStore with { Relationships = counted }));
        Assert.InRange(calls, 1, EvidenceNeighbourhood.MaxSteps);
    }

    [Fact]
    public async Task Validate_HasArmIntoAStoredArmFromAnotherTrial_ReportsArmInTwoTrials()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("nodes/trials.yaml", "kind: Trial\nnodes:\n  - id: NCT03505710\n    name: DESTINY-Lung01\n    status: verified")
            .Write("relationships/has-arm.yaml", Link("HAS_ARM", "NCT03505710", SeedFiles.ArmId));

        var errors = await ErrorsAsync(StoreLookups.In(store));

        // The other trial does not enroll the arm's stored population either.
        Assert.Equal(["graph-seed/relationships/has-arm.yaml:3: ARM_IN_TWO_TRIALS", "graph-seed/relationships/has-arm.yaml:3: POPULATION_NOT_ENROLLED"], errors);
    }

    [Fact]
    public async Task Validate_StoredArmStudyingAPopulationItsStoredTrialDoesNotEnroll_ReportsPopulationNotEnrolled()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("relationships/studies.yaml", Link("STUDIES", SeedFiles.ArmId, "ERBB2:G776delinsVC"));

        Assert.Equal(["graph-seed/relationships/studies.yaml:3: POPULATION_NOT_ENROLLED"], await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_StoredArmStudyingAMemberOfTheEnrolledClass_IsValid()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("relationships/member-of.yaml", Link("MEMBER_OF", "ERBB2:G776delinsVC", "erbb2-exon20-insertions"))
            .Write("relationships/studies.yaml", Link("STUDIES", SeedFiles.ArmId, "ERBB2:G776delinsVC"));

        Assert.Empty(await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_StoredApprovalApprovingADrugItsStoredBasisDoesNotEvaluate_ReportsBasisTrialWithoutDrugAtTheApproves()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("relationships/approves.yaml", Link("APPROVES", EvidenceSeedFiles.ApprovalId, "trastuzumab deruxtecan"));

        Assert.Equal(["graph-seed/relationships/approves.yaml:3: BASIS_TRIAL_WITHOUT_DRUG"], await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_ClaimNamingAStoredArmOfAnotherPopulation_ReportsArmMismatch()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("relationships/sensitive-to.yaml",
            EvidenceSeedFiles.SensitiveTo.Replace("from: ERBB2:A775_G776insYVMA", "from: ERBB2:G776delinsVC", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/sensitive-to.yaml:9: ARM_MISMATCH"], await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_ClaimNamingAStoredArmThatFits_IsValid()
    {
        using var store = await OpenSeededStoreAsync();
        _batch.Write("relationships/sensitive-to.yaml", EvidenceSeedFiles.SensitiveTo.Replace("[PMID:34534430]", "[PMID:34534430, NCT03318939]", StringComparison.Ordinal));

        Assert.Empty(await ErrorsAsync(StoreLookups.In(store)));
    }

    [Fact]
    public async Task Validate_SameBatchWithoutTheStore_JudgesTheBatchAlone()
    {
        _batch.Write("relationships/studies.yaml", Link("STUDIES", SeedFiles.ArmId, "ERBB2:G776delinsVC"));
        ExistingNodeLookup ends = (ids, _) => Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(
            ids.ToDictionary(id => id, id => id == SeedFiles.ArmId ? NodeKind.TrialArm : NodeKind.Variant));

        // No HAS_ARM in the batch and none looked up: no trial to enroll anything, so nothing to report.
        Assert.Empty(await ErrorsAsync(StoreLookups.None with { Nodes = ends }));
    }

    [Fact]
    public async Task ExistingAliases_In_ReturnsOnlyNodesOfTheKindHoldingAKey()
    {
        using var store = await OpenSeededStoreAsync();

        var found = await ExistingAliases.In(store)(
            [NameKey.Of(NodeKind.Drug, "ENHERTU"), NameKey.Of(NodeKind.Gene, "poziotinib")],
            CancellationToken.None);

        Assert.Equal(["trastuzumab deruxtecan"], found.Select(n => n.Id));
    }
}
