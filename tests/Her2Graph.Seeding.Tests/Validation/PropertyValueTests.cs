using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

public sealed class PropertyValueTests
{
    private static string Publication(string dateLine, string extra = "") => $"""
        kind: Publication
        nodes:
          - id: 10.1056/NEJMoa2112431
            name: DESTINY-Lung01
            status: verified
            properties:
              {dateLine}
              {extra}
        """;

    [Theory]
    [InlineData("date: 2022-02-30", "INVALID_VALUE")]
    [InlineData("date: 2022-13", "INVALID_VALUE")]
    [InlineData("date: Aug 2022", "INVALID_VALUE")]
    [InlineData("date: [2022]", "WRONG_TYPE")]
    [InlineData("fullTextRetrieved: yes", "WRONG_TYPE")]
    [InlineData("fullTextRetrieved: 'true'", "WRONG_TYPE")]
    [InlineData("keyClaims: one claim", "WRONG_TYPE")]
    [InlineData("keyClaims: [a, [b]]", "WRONG_TYPE")]
    [InlineData("journal: [N Engl J Med]", "WRONG_TYPE")]
    [InlineData("journal:", "WRONG_TYPE")]
    public async Task Validate_ValueOfTheWrongShape_ReportsItsCodeAtThePropertyLine(string line, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/publications.yaml", Publication(line));

        Assert.Equal([$"graph-seed/nodes/publications.yaml:7: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("date: 2024-02-29")]
    [InlineData("date: 2023-08")]
    [InlineData("date: 2023")]
    [InlineData("date: '2023-08-11'")]
    [InlineData("fullTextRetrieved: false")]
    [InlineData("keyClaims: [T-DXd works, 'ORR 55%']")]
    [InlineData("journal: 2023")]
    public async Task Validate_ValueOfTheRightType_IsValid(string line)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/publications.yaml", Publication(line));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("n: 20.64")]
    [InlineData("n: '90'")]
    [InlineData("n: ninety")]
    public async Task Validate_WholeNumberThatIsNot_ReportsWrongType(string line)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/trial-arms.yaml", SeedFiles.TrialArms.Replace("n: 90", line, StringComparison.Ordinal));

        Assert.Equal(["graph-seed/nodes/trial-arms.yaml:9: WRONG_TYPE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("148.9", "OUT_OF_RANGE")]
    [InlineData("-1", "OUT_OF_RANGE")]
    [InlineData("48,9", "WRONG_TYPE")]
    [InlineData("'48.9'", "WRONG_TYPE")]
    [InlineData(".nan", "WRONG_TYPE")]
    public async Task Validate_PercentThatIsNot_ReportsItsCodeAtThePropertyLine(string value, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("anyGradePercent: 48.9", $"anyGradePercent: {value}", StringComparison.Ordinal));

        Assert.Equal([$"graph-seed/relationships/has-adverse-event.yaml:13: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData("3000000000")]
    [InlineData("-3000000000")]
    public async Task Validate_WholeNumberBeyond32Bits_IsOutOfRange(string value)
    {
        // GraphQL's Int is 32-bit: such a number could be stored but never read back through the API.
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "nodes/trial-arms.yaml", SeedFiles.TrialArms.Replace("n: 90", $"n: {value}", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("OUT_OF_RANGE", error.Code);
        Assert.Equal("graph-seed/nodes/trial-arms.yaml:9", error.Location);
    }

    [Fact]
    public async Task Validate_PercentOutOfRange_SaysTheRange()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("anyGradePercent: 48.9", "anyGradePercent: 148.9", StringComparison.Ordinal));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("graph-seed/relationships/has-adverse-event.yaml:13: OUT_OF_RANGE anyGradePercent is 148.9: a percentage must be from 0 to 100", error.ToString());
    }

    [Fact]
    public async Task Validate_TextListItemThatIsNotText_ReportsWrongTypeAtTheItemLine()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/publications.yaml", """
            kind: Publication
            nodes:
              - id: 10.1056/NEJMoa2112431
                name: DESTINY-Lung01
                status: verified
                properties:
                  keyClaims:
                    - ORR 55%
                    - {orr: 55}
            """);

        Assert.Equal(["graph-seed/nodes/publications.yaml:9: WRONG_TYPE"], await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
