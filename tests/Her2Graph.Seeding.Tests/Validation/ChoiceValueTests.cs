using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>Choice and choice-list properties: written in kebab case or CONSTANT_CASE, kept in CONSTANT_CASE, unknown values named with the allowed words.</summary>
public sealed class ChoiceValueTests
{
    // The arm of SeedFiles with its analysis line (8) replaced.
    private static TempSeedFolder WithArm(string analysisLine) =>
        new TempSeedFolder().WithValidGraph().Write("nodes/trial-arms.yaml", SeedFiles.TrialArms.Replace("analysis: primary", analysisLine, StringComparison.Ordinal));

    private static async Task<string> ArmPropertiesAsync(TempSeedFolder seed)
    {
        var result = await GraphInputValidator.ValidateAsync(SeedFolderReader.Read(seed.Folder).Input, ExistingNodes.None, CancellationToken.None);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Nodes, n => n.Id == SeedFiles.ArmId).Properties.Json;
    }

    [Theory]
    [InlineData("analysis: primary")]
    [InlineData("analysis: PRIMARY")]
    public async Task Validate_ChoiceInKebabOrConstantCase_IsKeptInConstantCase(string line)
    {
        using var seed = WithArm(line);

        Assert.Contains("\"analysis\":\"PRIMARY\"", await ArmPropertiesAsync(seed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MultiWordChoiceInKebabCase_IsItsConstantCase()
    {
        using var seed = WithArm("lineOfTherapy: second-line-or-later");

        Assert.Contains("\"lineOfTherapy\":\"SECOND_LINE_OR_LATER\"", await ArmPropertiesAsync(seed), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analysis: primery")]
    [InlineData("analysis: Primary")]
    [InlineData("analysis: primary_analysis")]
    public async Task Validate_UnknownChoice_ReportsInvalidValueListingTheAllowedWords(string line)
    {
        using var seed = WithArm(line);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("INVALID_VALUE", "graph-seed/nodes/trial-arms.yaml:8"), (error.Code, error.Location));
        Assert.EndsWith("is not a value of Analysis: use primary, interim, final, updated, pooled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analysis: [primary]")]
    [InlineData("analysis:")]
    public async Task Validate_ChoiceThatIsNoSingleValue_ReportsWrongType(string line)
    {
        using var seed = WithArm(line);

        Assert.Equal(["graph-seed/nodes/trial-arms.yaml:8: WRONG_TYPE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ChoiceList_KeepsEachValueInConstantCaseInOrder()
    {
        using var seed = WithArm("priorTherapyExcluded: [her2-tki, IMMUNOTHERAPY, platinum-chemotherapy]");

        Assert.Contains("\"priorTherapyExcluded\":[\"HER2_TKI\",\"IMMUNOTHERAPY\",\"PLATINUM_CHEMOTHERAPY\"]", await ArmPropertiesAsync(seed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ChoiceListWithAValueTwice_ReportsDuplicateKeyAtTheSecond()
    {
        using var seed = WithArm("priorTherapyExcluded:\n      - her2-tki\n      - immunotherapy\n      - HER2_TKI");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("graph-seed/nodes/trial-arms.yaml:11: DUPLICATE_KEY priorTherapyExcluded lists HER2_TKI twice", error.ToString());
    }

    [Fact]
    public async Task Validate_ChoiceListWithAnUnknownValue_ReportsInvalidValueAtTheItem()
    {
        using var seed = WithArm("priorTherapyExcluded:\n      - her2-tki\n      - chemo");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("INVALID_VALUE", "graph-seed/nodes/trial-arms.yaml:10"), (error.Code, error.Location));
        Assert.Contains("'chemo' is not a value of TherapyClass: use systemic-therapy, chemotherapy, platinum-chemotherapy,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("priorTherapyExcluded: her2-tki")]
    [InlineData("priorTherapyExcluded: [her2-tki, [immunotherapy]]")]
    public async Task Validate_ChoiceListOfTheWrongShape_ReportsWrongType(string line)
    {
        using var seed = WithArm(line);

        Assert.Equal(["graph-seed/nodes/trial-arms.yaml:8: WRONG_TYPE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_ChoiceOnARelationship_IsChecked()
    {
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("relationships/evaluates.yaml", SeedFiles.Evaluates.Replace("role: monotherapy", "role: mono", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("graph-seed/relationships/evaluates.yaml:9: INVALID_VALUE role 'mono' is not a value of RegimenRole: use monotherapy, combination-partner, comparator, control", error.ToString());
    }
}
