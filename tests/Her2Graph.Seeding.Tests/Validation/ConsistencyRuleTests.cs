using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>The rules between records of a seed folder (the whole graph): arms, populations, approvals' basis, claims' arms.</summary>
public sealed class ConsistencyRuleTests
{
    private const string SecondTrial = """
        kind: Trial
        nodes:
          - id: NCT03505710
            name: DESTINY-Lung01
            status: verified
        """;

    private const string SecondHasArm = """
        type: HAS_ARM
        relationships:
          - from: NCT03505710
            to: 'NCT03318939: cohort 2, 16 mg QD'
            status: verified
            citations: [NCT03505710]
        """;

    [Fact]
    public async Task Validate_EvidenceGraph_IsValid()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph();

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ArmWithoutHasArm_ReportsArmWithoutTrialAtTheArm()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Delete("relationships/has-arm.yaml");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(
            "graph-seed/nodes/trial-arms.yaml:3: ARM_WITHOUT_TRIAL TrialArm 'NCT03318939: cohort 2, 16 mg QD' has no HAS_ARM: link it from its trial (Trial -HAS_ARM-> TrialArm), so that its figures belong to one trial",
            error.ToString());
    }

    [Fact]
    public async Task Validate_ArmOfTwoTrials_ReportsArmInTwoTrialsAtTheSecondHasArm()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/trials-2.yaml", SecondTrial).Write("relationships/more-has-arm.yaml", SecondHasArm);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("ARM_IN_TWO_TRIALS", "graph-seed/relationships/more-has-arm.yaml:3"), (error.Code, error.Location));
        Assert.Contains("already has a HAS_ARM from 'NCT03318939' at graph-seed/relationships/has-arm.yaml:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TwoHasArmsFromOneTrial_ReportsArmInTwoTrials()
    {
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("relationships/more-has-arm.yaml", SeedFiles.HasArm.Replace("    status:", "    qualifier: again\n    status:", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/more-has-arm.yaml:3: ARM_IN_TWO_TRIALS"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_StudiedPopulationNotEnrolled_ReportsPopulationNotEnrolledAtTheStudies()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph().Delete("relationships/enrolls.yaml");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("POPULATION_NOT_ENROLLED", "graph-seed/relationships/studies.yaml:3"), (error.Code, error.Location));
        Assert.Contains("add NCT03318939 -ENROLLS-> ERBB2:A775_G776insYVMA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_StudiedVariantEnrolledItself_IsValid()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/enrolls.yaml", EvidenceSeedFiles.Enrolls.Replace("to: erbb2-exon20-insertions", "to: ERBB2:A775_G776insYVMA", StringComparison.Ordinal))
            .Delete("relationships/member-of.yaml");

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_StudiedClassWhoseMemberIsEnrolled_ReportsPopulationNotEnrolled()
    {
        // A trial that enrolled one variant did not enroll the whole class: figures for the class are not its.
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/enrolls.yaml", EvidenceSeedFiles.Enrolls.Replace("to: erbb2-exon20-insertions", "to: ERBB2:A775_G776insYVMA", StringComparison.Ordinal))
            .Write("relationships/studies.yaml", EvidenceSeedFiles.Studies.Replace("to: ERBB2:A775_G776insYVMA", "to: erbb2-exon20-insertions", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/studies.yaml:3: POPULATION_NOT_ENROLLED"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_BasisTrialWithoutTheApprovedDrug_ReportsBasisTrialWithoutDrugAtTheBasedOn()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/approves.yaml", EvidenceSeedFiles.Approves.Replace("to: poziotinib", "to: trastuzumab deruxtecan", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("BASIS_TRIAL_WITHOUT_DRUG", "graph-seed/relationships/based-on.yaml:3"), (error.Code, error.Location));
        Assert.Contains("no arm of that trial EVALUATES 'trastuzumab deruxtecan'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BasisTrialWithoutArms_ReportsBasisTrialWithoutDrug()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph().Write("nodes/trials-2.yaml", SecondTrial)
            .Write("relationships/based-on.yaml", EvidenceSeedFiles.BasedOn.Replace("to: NCT03318939", "to: NCT03505710", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/based-on.yaml:3: BASIS_TRIAL_WITHOUT_DRUG"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ClaimWhoseArmDoesNotEvaluateTheDrug_ReportsArmMismatchAtTheArm()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/sensitive-to.yaml", EvidenceSeedFiles.SensitiveTo.Replace("to: poziotinib", "to: trastuzumab deruxtecan", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(
            "graph-seed/relationships/sensitive-to.yaml:9: ARM_MISMATCH arm 'NCT03318939: cohort 2, 16 mg QD' of this SENSITIVE_TO does not EVALUATE 'trastuzumab deruxtecan': name the arm whose regimen has the drug",
            error.ToString());
    }

    [Fact]
    public async Task Validate_ClaimWhoseArmStudiesAnotherPopulation_ReportsArmMismatchAtTheArm()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/sensitive-to.yaml", EvidenceSeedFiles.SensitiveTo.Replace("from: ERBB2:A775_G776insYVMA", "from: ERBB2:G776delinsVC", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("ARM_MISMATCH", "graph-seed/relationships/sensitive-to.yaml:9"), (error.Code, error.Location));
        Assert.Contains("STUDIES 'ERBB2:A775_G776insYVMA', not 'ERBB2:G776delinsVC'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ClaimForAMemberOfTheStudiedClass_IsValid()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/studies.yaml", EvidenceSeedFiles.Studies.Replace("to: ERBB2:A775_G776insYVMA", "to: erbb2-exon20-insertions", StringComparison.Ordinal));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ResistantToWithAnArmOfNoPopulation_ReportsArmMismatch()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/variants.yaml", EvidenceSeedFiles.Variants)
            .Write("relationships/resistant-to.yaml", EvidenceSeedFiles.SensitiveTo.Replace("type: SENSITIVE_TO", "type: RESISTANT_TO", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("ARM_MISMATCH", "graph-seed/relationships/resistant-to.yaml:9"), (error.Code, error.Location));
        Assert.Contains("studies no population (no STUDIES)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ClaimWhoseArmIsNoArm_ReportsOnlyWrongKinds()
    {
        using var seed = new TempSeedFolder().WithEvidenceGraph()
            .Write("relationships/sensitive-to.yaml", EvidenceSeedFiles.SensitiveTo.Replace("arm: 'NCT03318939: cohort 2, 16 mg QD'", "arm: NCT03318939", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/sensitive-to.yaml:9: WRONG_KINDS"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_HasArmWithABadCitation_DoesNotAlsoOrphanTheArm()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("relationships/has-arm.yaml", SeedFiles.HasArm.Replace("[NCT03318939]", "[NCT0331893]", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/has-arm.yaml:6: MALFORMED_CITATION"], await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
