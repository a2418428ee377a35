using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Evidence;

/// <summary>
/// The property types of the evidence model end to end: choices as enums, lists of choices, partial dates, node
/// references, and months derived from weeks, written by a curator and read back (on Support/evidence-seed).
/// </summary>
public sealed class EvidencePropertyTests(EvidenceApiFactory api) : IClassFixture<EvidenceApiFactory>
{
    private const string Trial = "NCT04644237";
    private const string Drug = "trastuzumab deruxtecan";

    // JSON properties are read as seed files are: a choice may be written as its seed word or its enum value.
    private static readonly string[] SeedWordAndEnumValue = ["her2-adc", "HER2_TKI"];

    private const string UpsertArm = """
        mutation($input: TrialArmInput!) {
          upsertTrialArm(input: $input) {
            trialArm {
              key analysis source setting lineOfTherapy priorTherapyRequired priorTherapyExcluded dataCutoff
              n orrPercent orrCi95Lower orrCi95Upper medianPfsWeeks medianPfsMonths medianPfsMonthsDerived medianPfsCi95UpperNotEstimable
            }
            changed
          }
        }
        """;

    [Fact]
    public async Task UpsertTrialArm_WithChoicesDatesAndWeeks_ReadsBackEnumsPartialDateAndDerivedMonths()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(UpsertArm, new { input = Arm(SeededArmName, analysis: "INTERIM", dataCutoff: "2021-12") });

        Assert.Empty(response.ErrorCodes);
        var arm = response.Data.GetProperty("upsertTrialArm").GetProperty("trialArm");
        Assert.Equal("INTERIM", arm.GetProperty("analysis").GetString());
        Assert.Equal("PUBLICATION", arm.GetProperty("source").GetString());
        Assert.Equal("METASTATIC", arm.GetProperty("setting").GetString());
        Assert.Equal("SECOND_LINE_OR_LATER", arm.GetProperty("lineOfTherapy").GetString());
        Assert.Equal(["SYSTEMIC_THERAPY", "PLATINUM_CHEMOTHERAPY"], arm.GetProperty("priorTherapyRequired").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(0, arm.GetProperty("priorTherapyExcluded").GetArrayLength());
        Assert.Equal("2021-12", arm.GetProperty("dataCutoff").GetString());
        Assert.Equal((39.0, 59.1), (arm.GetProperty("orrCi95Lower").GetDouble(), arm.GetProperty("orrCi95Upper").GetDouble()));
        Assert.Equal(43.0, arm.GetProperty("medianPfsWeeks").GetDouble());
        // 43 weeks / (365.25 / 12 / 7) weeks a month, to two decimals, marked derived.
        Assert.Equal(9.89, arm.GetProperty("medianPfsMonths").GetDouble());
        Assert.True(arm.GetProperty("medianPfsMonthsDerived").GetBoolean());
        Assert.True(arm.GetProperty("medianPfsCi95UpperNotEstimable").GetBoolean());

        var read = await client.PostAsync("""
            query($key: String!) { trialArms(where: { id: { eq: $key }, analysis: { in: [INTERIM] }, priorTherapyRequired: { eq: PLATINUM_CHEMOTHERAPY } }) { nodes { key } } }
            """, new { key = Key(SeededArmName) });
        Assert.True(read.ErrorCodes.Count == 0, read.Body);
        Assert.Equal([Key(SeededArmName)], read.Data.GetProperty("trialArms").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task UpsertTrialArm_WithoutADate_ReadsNull()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(UpsertArm, new { input = Arm(SeededArmName, dataCutoff: null) });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("upsertTrialArm").GetProperty("trialArm").GetProperty("dataCutoff").ValueKind);
    }

    [Fact]
    public async Task Link_WithArmReferenceByGlobalId_ServesTheArmNodeAndItsKey()
    {
        using var client = api.CreateCuratorClient();
        var arm = (await client.PostAsync(UpsertArm, new { input = Arm(SeededArmName) })).Data.GetProperty("upsertTrialArm").GetProperty("trialArm");
        var globalId = (await client.PostAsync("query($key: String!) { trialArm(id: $key) { id } }", new { key = Key(SeededArmName) }))
            .Data.GetProperty("trialArm").GetProperty("id").GetString();

        var response = await client.PostAsync("""
            mutation($input: LinkInput!) {
              link(input: $input) { relationship { ... on SensitiveToRelationship { armKey arm { key orrPercent analysis } } } }
            }
            """, new
        {
            input = new
            {
                type = "SENSITIVE_TO", from = "erbb2-exon20-insertions", to = Drug, qualifier = SeededArmName, status = "VERIFIED",
                citations = new[] { Trial }, sensitiveTo = new { arm = globalId },
            },
        });

        Assert.True(response.ErrorCodes.Count == 0, response.Body);
        var relationship = response.Data.GetProperty("link").GetProperty("relationship");
        Assert.Equal(Key(SeededArmName), relationship.GetProperty("armKey").GetString());
        Assert.Equal(arm.GetProperty("key").GetString(), relationship.GetProperty("arm").GetProperty("key").GetString());
        Assert.Equal(49.0, relationship.GetProperty("arm").GetProperty("orrPercent").GetDouble());
        Assert.Equal("PRIMARY", relationship.GetProperty("arm").GetProperty("analysis").GetString());
    }

    [Fact]
    public async Task Link_WithReferenceToNoNode_IsRefusedAtTheReferencesInputPath()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(Documents.Link, new
        {
            input = new
            {
                type = "SENSITIVE_TO", from = "erbb2-exon20-insertions", to = Drug, qualifier = "dangling arm", status = "VERIFIED",
                citations = new[] { Trial }, sensitiveTo = new { arm = $"{Trial}: no such arm" },
            },
        });

        Assert.Equal([("MISSING_NODE", "input.sensitiveTo.arm")], InputErrors.Of(response));
    }

    [Theory]
    [InlineData("analysis: SOMETIMES")]
    [InlineData("analysis: \"PRIMARY\"")]
    [InlineData("priorTherapyRequired: [HER2_TKI, NOT_A_THERAPY]")]
    [InlineData("dataCutoff: \"2022-02-30\"")]
    [InlineData("dataCutoff: \"22-08\"")]
    [InlineData("medianPfsMonthsDerived: true")]
    public async Task UpsertTrialArm_WithValueNotOfTheType_IsAGraphQLErrorAndWritesNothing(string field)
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(
            $$"""mutation { upsertTrialArm(input: { key: "{{Key("refused arm")}}", name: "refused", status: VERIFIED, {{field}} }) { changed } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(response.ErrorCodes);
        Assert.Equal(before, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task UpsertTrialArm_WithInvalidEnumInVariables_IsAGraphQLErrorNamingTheValue()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(UpsertArm, new { input = Arm("variable arm", analysis: "SOMETIMES") });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(response.ErrorCodes);
        Assert.Contains("SOMETIMES", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportGraph_ChoicesInJsonAsEnumValuesOrSeedWords_AreStoredAsEnumValues()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync(Documents.ImportGraph, new
        {
            input = new
            {
                nodes = new[]
                {
                    new
                    {
                        kind = "TrialArm", key = Key("imported arm"), name = "imported", status = "VERIFIED", citations = new[] { Trial },
                        properties = (object)new { analysis = "UPDATED", lineOfTherapy = "first-line", priorTherapyExcluded = SeedWordAndEnumValue, dataCutoff = "2024" },
                    },
                },
                relationships = new[] { new { type = "HAS_ARM", from = Trial, to = Key("imported arm"), status = "VERIFIED", citations = new[] { Trial } } },
            },
        });
        Assert.Empty(response.ErrorCodes);

        var arm = (await client.PostAsync("query($key: String!) { trialArm(id: $key) { analysis lineOfTherapy priorTherapyExcluded dataCutoff } }", new { key = Key("imported arm") }))
            .Data.GetProperty("trialArm");
        Assert.Equal("UPDATED", arm.GetProperty("analysis").GetString());
        Assert.Equal("FIRST_LINE", arm.GetProperty("lineOfTherapy").GetString());
        Assert.Equal(["HER2_ADC", "HER2_TKI"], arm.GetProperty("priorTherapyExcluded").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("2024", arm.GetProperty("dataCutoff").GetString());
    }

    // A new arm needs its trial (ARM_WITHOUT_TRIAL), so upserts rewrite the fixture's arm, which has its HAS_ARM.
    private const string SeededArmName = "5.4 mg/kg, final analysis (ASCO 2024)";

    private static string Key(string name) => $"{Trial}: {name}";

    private static object Arm(string name, string analysis = "PRIMARY", string? dataCutoff = "2022-03-24") => new
    {
        key = Key(name),
        name = $"DESTINY-Lung02, {name}",
        status = "VERIFIED",
        citations = new[] { Trial },
        analysis,
        source = "PUBLICATION",
        setting = "METASTATIC",
        lineOfTherapy = "SECOND_LINE_OR_LATER",
        priorTherapyRequired = new[] { "SYSTEMIC_THERAPY", "PLATINUM_CHEMOTHERAPY" },
        dataCutoff,
        n = 52,
        orrPercent = 49.0,
        orrCi95Lower = 39.0,
        orrCi95Upper = 59.1,
        medianPfsWeeks = 43.0,
        medianPfsCi95UpperNotEstimable = true,
    };
}
