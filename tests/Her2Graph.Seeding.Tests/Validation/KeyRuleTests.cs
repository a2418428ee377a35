using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>Node ids and qualifiers are printable, trimmed and at most 200 characters (issue 8, point 8).</summary>
public sealed class KeyRuleTests
{
    private static string AdverseEvent(string id) => $"""
        kind: AdverseEvent
        nodes:
          - id: {id}
            name: an adverse event
            status: verified
        """;

    [Theory]
    [InlineData(@"""nausea\a""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""nau\tsea""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""nau\u200Bsea""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""nau\u202Esea""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""nau\u00A0sea""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""nau\uE000sea""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""nau\u2028sea""", "KEY_NOT_PRINTABLE")]
    [InlineData(@""" nausea""", "KEY_NOT_TRIMMED")]
    [InlineData(@"""nausea """, "KEY_NOT_TRIMMED")]
    public async Task Validate_NodeIdThatIsNotAKey_ReportsItsCodeAtTheIdLine(string id, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-adverse-events.yaml", AdverseEvent(id));

        Assert.Equal([$"graph-seed/nodes/more-adverse-events.yaml:3: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_NodeIdOf201Characters_IsTooLongAndSaysTheLimit()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-adverse-events.yaml", AdverseEvent(new string('a', 201)));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal(("KEY_TOO_LONG", "graph-seed/nodes/more-adverse-events.yaml:3"), (error.Code, error.Location));
        Assert.Equal($"node id '{new string('a', 40)}…' is 201 characters long: a key is at most 200", error.Message);
    }

    [Fact]
    public async Task Validate_UnprintableNodeId_SaysTheCharacterAndWhere()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-adverse-events.yaml", AdverseEvent(@"""nau\u200Bsea"""));

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal("node id has the unprintable character U+200B at character 4: a key is printable text, with plain spaces only", error.Message);
    }

    [Theory]
    [InlineData("ILD/pneumonitis")]
    [InlineData("ALT increased")]
    [InlineData("'naïve ünïcode 间质性肺病 😀'")]
    [InlineData("'a\u0301'")]
    public async Task Validate_PrintableNodeId_IsValid(string id)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/more-adverse-events.yaml", AdverseEvent(id));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_NodeIdOf200Characters_IsValid()
    {
        // Counted in characters (Unicode scalar values), not UTF-16 units: 100 emoji are 200 units and 100 characters.
        using var seed = new TempSeedFolder().WithValidGraph()
            .Write("nodes/more-adverse-events.yaml", AdverseEvent(new string('a', 200)))
            .Write("nodes/emoji.yaml", AdverseEvent($"'{string.Concat(Enumerable.Repeat("😀", 150))}'").Replace("an adverse event", "emoji", StringComparison.Ordinal));

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Theory]
    [InlineData(@"""ZENITH20\tcohort 2""", "KEY_NOT_PRINTABLE")]
    [InlineData(@"""ZENITH20 cohort 2\u200D""", "KEY_NOT_PRINTABLE")]
    [InlineData(@""" ZENITH20 cohort 2""", "KEY_NOT_TRIMMED")]
    [InlineData(@"""   """, "KEY_NOT_TRIMMED")]
    public async Task Validate_QualifierThatIsNotAKey_ReportsItsCodeAtTheQualifierLine(string qualifier, string code)
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("qualifier: ZENITH20 cohort 2, 16 mg QD", $"qualifier: {qualifier}", StringComparison.Ordinal));

        Assert.Equal([$"graph-seed/relationships/has-adverse-event.yaml:5: {code}"], await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_QualifierOf201Characters_IsTooLong()
    {
        using var seed = new TempSeedFolder().WithValidGraph().Write(
            "relationships/has-adverse-event.yaml", SeedFiles.HasAdverseEvent.Replace("qualifier: ZENITH20 cohort 2, 16 mg QD", $"qualifier: {new string('q', 201)}", StringComparison.Ordinal));

        Assert.Equal(["graph-seed/relationships/has-adverse-event.yaml:5: KEY_TOO_LONG"], await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
