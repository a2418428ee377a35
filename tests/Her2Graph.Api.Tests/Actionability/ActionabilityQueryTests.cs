using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Actionability;

/// <summary>Actionability levels end to end on the repository's seed: what the seed records decides each expectation.</summary>
public sealed class ActionabilityQueryTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query($variant: String!, $drug: String) {
          actionability(variant: $variant, drug: $drug) {
            variant { key } drug { key } level direction rule ruleDescription reason status weakestFact
            coveredBy { key }
            coveragePath { key status }
            triggeredBy { approvals { key authority } trials { key } arms { key } resistanceMechanisms { key } relationships { key type status } }
          }
        }
        """;

    private async Task<List<JsonElement>> FindingsAsync(string variant, string? drug)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Query, new { variant, drug });
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty("actionability").EnumerateArray().ToList();
    }

    private static string Text(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static (string Level, string Direction, string Rule) Level(JsonElement finding) => (Text(finding, "level"), Text(finding, "direction"), Text(finding, "rule"));

    [Fact]
    public async Task Yvma_TrastuzumabDeruxtecan_IsLevelA_ThroughTheFdaApprovalForActivatingMutationsInNsclc()
    {
        var findings = await FindingsAsync("YVMA", "T-DXd");

        var a = Assert.Single(findings, f => Text(f, "level") == "A");
        Assert.Equal(("A", "SENSITIVITY", "A_FDA_APPROVAL_SAME_TUMOUR"), Level(a));
        Assert.Equal("FDA: trastuzumab deruxtecan, 2022-08-11", Text(Assert.Single(a.GetProperty("triggeredBy").GetProperty("approvals").EnumerateArray()), "key"));
        Assert.Equal("erbb2-activating-mutations", Text(a.GetProperty("coveredBy"), "key"));
        Assert.Equal(
            ["ERBB2:A775_G776insYVMA|MEMBER_OF|erbb2-exon20-insertions|", "erbb2-exon20-insertions|MEMBER_OF|erbb2-tkd-mutations|", "erbb2-tkd-mutations|MEMBER_OF|erbb2-activating-mutations|"],
            a.GetProperty("coveragePath").EnumerateArray().Select(r => Text(r, "key")));
        // The seed records every MEMBER_OF as from-knowledge: the level stands, its status is not promoted to verified.
        Assert.Equal("FROM_KNOWLEDGE", Text(a, "status"));
        Assert.All(findings, f => Assert.Equal(("ERBB2:A775_G776insYVMA", "trastuzumab deruxtecan"), (Text(f.GetProperty("variant"), "key"), Text(f.GetProperty("drug"), "key"))));
    }

    [Fact]
    public async Task Yvma_TrastuzumabDeruxtecan_OtherRegulators_AreUndetermined_AndTheTrialsAreLevelC()
    {
        var findings = await FindingsAsync("ERBB2:A775_G776insYVMA", "trastuzumab deruxtecan");

        var others = findings.Where(f => Text(f, "rule") == "UNDETERMINED_NON_FDA_APPROVAL").Select(f => Text(f.GetProperty("triggeredBy").GetProperty("approvals")[0], "authority")).Order().ToList();
        Assert.Equal(["EUROPEAN_COMMISSION", "NMPA"], others);
        // The MHLW approval has no IN_DISEASE in the seed: its tumour type is undetermined, not guessed from its notes.
        Assert.Contains(findings, f => Text(f, "rule") == "UNDETERMINED_APPROVAL_DISEASE_NOT_RECORDED" && Text(f.GetProperty("triggeredBy").GetProperty("approvals")[0], "authority") == "MHLW");
        Assert.Contains(findings, f => Level(f) == ("C", "SENSITIVITY", "C_INVESTIGATIONAL_THERAPY"));
        Assert.Contains(findings, f => Text(f, "rule") == "C_TRIAL_INCLUSION_CRITERION" && f.GetProperty("triggeredBy").GetProperty("trials").EnumerateArray().Any(t => Text(t, "key") == "NCT04644237"));
        var ec = Assert.Single(findings, f => Text(f, "rule") == "UNDETERMINED_NON_FDA_APPROVAL" && Text(f.GetProperty("triggeredBy").GetProperty("approvals")[0], "authority") == "EUROPEAN_COMMISSION");
        Assert.Equal("UNVERIFIED", Text(ec, "status"));
    }

    [Theory]
    [InlineData("YVMA", "zongertinib")]
    [InlineData("YVMA", "sevabertinib")]
    [InlineData("ERBB2:L755S", "zongertinib")]
    [InlineData("ERBB2:V777L", "sevabertinib")]
    public async Task TkdVariant_HerSelectiveTki_IsLevelA_ThroughTheTkdClass(string variant, string drug)
    {
        var a = Assert.Single(await FindingsAsync(variant, drug), f => Text(f, "level") == "A");

        Assert.Equal("erbb2-tkd-mutations", Text(a.GetProperty("coveredBy"), "key"));
        Assert.Equal("FDA", Text(a.GetProperty("triggeredBy").GetProperty("approvals")[0], "authority"));
        Assert.Contains(a.GetProperty("triggeredBy").GetProperty("relationships").EnumerateArray(), r => Text(r, "key") == "nonsquamous-nsclc|SUBTYPE_OF|nsclc|");
    }

    [Fact]
    public async Task NonTkdVariant_Zongertinib_IsNotLevelA_TheApprovalIsForTkdMutations()
    {
        var findings = await FindingsAsync("S310F", "zongertinib");

        Assert.DoesNotContain(findings, f => Text(f, "level") == "A");
    }

    [Fact]
    public async Task Yvma_Poziotinib_WithOnlyTrialEvidence_IsLevelC()
    {
        var findings = await FindingsAsync("YVMA", "poziotinib");

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("C", Text(f, "level")));
        Assert.Contains(findings, f => Level(f) == ("C", "SENSITIVITY", "C_INVESTIGATIONAL_THERAPY") && Text(f.GetProperty("coveredBy"), "key") == "erbb2-exon20-insertions");
    }

    [Theory]
    [InlineData("ERBB2:L755S", "neratinib", "D_PRECLINICAL_STUDIES", "her2-l755s-mapk-pi3k-activation")]
    [InlineData("ERBB2:C805S", "poziotinib", "D_PRECLINICAL_STUDIES", "her2-c805s")]
    [InlineData("ERBB2:T798I", "neratinib", "D_CASE_REPORTS", "her2-t798i-gatekeeper")]
    public async Task ResistanceMechanism_OfTheVariant_IsLevelD_WithDirectionResistance(string variant, string drug, string rule, string mechanism)
    {
        var d = Assert.Single(await FindingsAsync(variant, drug), f => Text(f, "direction") == "RESISTANCE");

        Assert.Equal(("D", "RESISTANCE", rule), Level(d));
        Assert.Equal(mechanism, Text(d.GetProperty("triggeredBy").GetProperty("resistanceMechanisms")[0], "key"));
    }

    [Fact]
    public async Task Amplification_Dacomitinib_NoResponseInATrial_IsLevelC_Resistance()
    {
        var finding = Assert.Single(await FindingsAsync("ERBB2:amplification", "dacomitinib"), f => Text(f, "direction") == "RESISTANCE");

        Assert.Equal(("C", "RESISTANCE", "C_INVESTIGATIONAL_THERAPY"), Level(finding));
    }

    [Fact]
    public async Task Pair_WithNothingInTheGraph_IsAnEmptyList()
    {
        Assert.Empty(await FindingsAsync("S310F", "osimertinib"));
    }

    [Fact]
    public async Task TheSeed_GivesNoLevelB_AndEveryFinding_NamesARuleOfTheCatalogue()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("{ variants(first: 100) { nodes { key actionability { level rule status reason } } } }");

        Assert.Empty(response.ErrorCodes);
        var findings = response.Data.GetProperty("variants").GetProperty("nodes").EnumerateArray().SelectMany(v => v.GetProperty("actionability").EnumerateArray()).ToList();
        Assert.NotEmpty(findings);
        Assert.DoesNotContain(findings, f => Text(f, "level") == "B");
        var names = Her2Graph.Domain.Actionability.ActionabilityRules.All.Select(r => r.Name).ToHashSet();
        Assert.All(findings, f => Assert.Contains(Text(f, "rule"), names));
        Assert.All(findings, f => Assert.Contains("Weakest fact:", Text(f, "reason"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task VariantField_FiltersByDrugAlias_AndMatchesTheRootField()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ variant(name: "YVMA") { actionability(drug: "Enhertu") { level rule weakestFact } } }""");

        Assert.Empty(response.ErrorCodes);
        var fromVariant = response.Data.GetProperty("variant").GetProperty("actionability").EnumerateArray().Select(f => (Text(f, "level"), Text(f, "rule"), Text(f, "weakestFact"))).ToList();
        var fromRoot = (await FindingsAsync("YVMA", "trastuzumab deruxtecan")).Select(f => (Text(f, "level"), Text(f, "rule"), Text(f, "weakestFact"))).ToList();
        Assert.Equal(fromRoot, fromVariant);
    }

    [Fact]
    public async Task RootField_UnknownVariantIsNull_UnknownDrugIsABadArgument()
    {
        using var client = api.CreateGraphQLClient();

        var unknownVariant = await client.PostAsync(Query, new { variant = "ERBB2:X1Y", drug = (string?)null });
        var unknownDrug = await client.PostAsync(Query, new { variant = "YVMA", drug = "nosuchinib" });

        Assert.Empty(unknownVariant.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, unknownVariant.Data.GetProperty("actionability").ValueKind);
        Assert.Equal(["BAD_ARGUMENT"], unknownDrug.ErrorCodes);
    }
}
