using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>Registry ids are validated by scheme: a Trial's registryId and its key (a relationship names a trial by reference: NodeReferenceTests).</summary>
public sealed class RegistryIdTests
{
    private static string Trial(string key, string registryId = "NCT03318939") => $"""
        kind: Trial
        nodes:
          - id: {key}
            name: a trial
            status: verified
            properties:
              registryId: {registryId}
        """;

    [Theory]
    [InlineData("NCT03505710")]
    [InlineData("ChiCTR1800020262")]
    [InlineData("ChiCTR2000030707")]
    [InlineData("ChiCTR-TRC-12002345")]
    [InlineData("2014-000593-33")]
    [InlineData("jRCT2031210101")]
    [InlineData("jRCTs031180003")]
    [InlineData("UMIN000012345")]
    [InlineData("CTR20181234")]
    [InlineData("ISRCTN12345678")]
    public async Task Validate_RegistryIdOfAKnownScheme_IsValid(string registryId)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/trials.yaml", Trial("NCT03318939", registryId));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("NCT0350571", "MALFORMED_REGISTRY_ID")]
    [InlineData("NCT035057100", "MALFORMED_REGISTRY_ID")]
    [InlineData("nct03505710", "MALFORMED_REGISTRY_ID")]
    [InlineData("NCT05246514 (from-knowledge, unverified)", "MALFORMED_REGISTRY_ID")]
    [InlineData("ChiCTR18000202", "MALFORMED_REGISTRY_ID")]
    [InlineData("ChiCTR-TRC-1200234", "MALFORMED_REGISTRY_ID")]
    [InlineData("2014-00593-33", "MALFORMED_REGISTRY_ID")]
    [InlineData("jRCT203121010", "MALFORMED_REGISTRY_ID")]
    [InlineData("UMIN00012345", "MALFORMED_REGISTRY_ID")]
    [InlineData("CTR2018123", "MALFORMED_REGISTRY_ID")]
    [InlineData("ISRCTN1234567", "MALFORMED_REGISTRY_ID")]
    [InlineData("DRKS00012345", "UNKNOWN_REGISTRY")]
    [InlineData("not captured", "UNKNOWN_REGISTRY")]
    [InlineData("'03505710'", "UNKNOWN_REGISTRY")]
    public async Task Validate_RegistryIdNotOfItsScheme_ReportsItsCodeAtTheProperty(string registryId, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/trials.yaml", Trial("NCT03318939", registryId));

        Assert.Equal([$"graph-seed/nodes/trials.yaml:7: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_RegistryIdOfAnUnknownScheme_NamesTheAcceptedSchemes()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/trials.yaml", Trial("NCT03318939", "DRKS00012345"));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.StartsWith("registryId 'DRKS00012345' is not an id of a known registry: use ClinicalTrials.gov: NCT followed by 8 digits", error.Message, StringComparison.Ordinal);
        foreach (var scheme in new[] { "ChiCTR", "EudraCT", "jRCT", "UMIN", "CTR20", "ISRCTN" }) Assert.Contains(scheme, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MalformedRegistryId_SaysTheExpectedForm()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/trials.yaml", Trial("NCT03318939", "NCT0350571"));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(
            "graph-seed/nodes/trials.yaml:7: MALFORMED_REGISTRY_ID registryId 'NCT0350571' is not a ClinicalTrials.gov id: expected NCT followed by 8 digits, e.g. NCT03505710",
            error.ToString());
    }

    [Theory]
    [InlineData("NCT03505710/cohort-2")]
    [InlineData("NCT04886804/phase-1a")]
    [InlineData("ChiCTR1900021684")]
    [InlineData("horizon-lung")]
    [InlineData("t-dm1-her2-overexpression-peters2019")]
    public async Task Validate_TrialKeyThatIsARegistryIdOrASlug_IsValid(string key)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-trials.yaml", Trial(key));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("NCT3505710", "MALFORMED_REGISTRY_ID")]
    [InlineData("NCT3505710/cohort-2", "MALFORMED_REGISTRY_ID")]
    [InlineData("ChiCTR19000216", "MALFORMED_REGISTRY_ID")]
    [InlineData("DESTINY-Lung05", "UNKNOWN_REGISTRY")]
    [InlineData("horizon_lung", "UNKNOWN_REGISTRY")]
    [InlineData("NCT03505710/Cohort 2", "INVALID_VALUE")]
    [InlineData("NCT03505710/", "INVALID_VALUE")]
    public async Task Validate_TrialKeyThatIsNeither_ReportsItsCodeAtTheIdLine(string key, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-trials.yaml", Trial(key));

        Assert.Equal([$"graph-seed/nodes/more-trials.yaml:3: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
