using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>The figures of an arm: confidence intervals that hold their value, medians in weeks with derived months, derived properties never written.</summary>
public sealed class FigureRuleTests
{
    // The arm of SeedFiles with more figures after its last line (10), one a line from 11 on.
    private static TempSeedFolder WithFigures(params string[] lines) => new TempSeedFolder().WithValidGraph().Write(
        "nodes/trial-arms.yaml", SeedFiles.TrialArms + string.Concat(lines.Select(l => $"\n      {l}")));

    private static async Task<IReadOnlyDictionary<string, string>> ArmFiguresAsync(TempSeedFolder seed)
    {
        var result = await GraphInputValidator.ValidateAsync(SeedFolderReader.Read(seed.Folder).Input, ExistingNodes.None, CancellationToken.None);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return Assert.Single(result.Nodes, n => n.Id == SeedFiles.ArmId).Properties.ToDictionary(p => p.Key, p => p.Value.GetRawText());
    }

    [Fact]
    public async Task Validate_IntervalThatHoldsItsValue_IsValid()
    {
        using var seed = WithFigures("orrCi95Lower: 18.9", "orrCi95Upper: 38.2", "medianPfsMonths: 5.5", "medianPfsCi95Lower: 3.9", "medianPfsCi95Upper: 5.8");

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_IntervalWhoseBoundsAreTheValue_IsValid()
    {
        using var seed = WithFigures("orrCi95Lower: 27.8", "orrCi95Upper: 27.8");

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_LowerBoundAboveTheUpper_ReportsOutOfRangeAtTheLower()
    {
        using var seed = WithFigures("dcrCi95Lower: 80", "dcrCi95Upper: 60");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("graph-seed/nodes/trial-arms.yaml:11: OUT_OF_RANGE dcrCi95Lower 80 is above dcrCi95Upper 60: a confidence interval's lower bound cannot exceed its upper", error.ToString());
    }

    [Theory]
    [InlineData("orrCi95Lower: 30", 11)]
    [InlineData("orrCi95Upper: 20", 11)]
    public async Task Validate_OneBoundThatDoesNotHoldTheValue_ReportsOutOfRangeAtTheBound(string bound, int at)
    {
        using var seed = WithFigures(bound);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("OUT_OF_RANGE", $"graph-seed/nodes/trial-arms.yaml:{at}"), (error.Code, error.Location));
        Assert.EndsWith("orrPercent 27.8: the interval must contain its value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MedianOutsideItsInterval_ReportsOutOfRangeAtEachBound()
    {
        using var seed = WithFigures("medianOsMonths: 20", "medianOsCi95Lower: 21", "medianOsCi95Upper: 19");

        Assert.Equal(
            [
                "graph-seed/nodes/trial-arms.yaml:12: OUT_OF_RANGE",
                "graph-seed/nodes/trial-arms.yaml:12: OUT_OF_RANGE",
                "graph-seed/nodes/trial-arms.yaml:13: OUT_OF_RANGE",
            ],
            await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_UpperBoundGivenAndNotEstimable_ReportsInvalidValueAtTheFlag()
    {
        using var seed = WithFigures("medianDorMonths: 9.5", "medianDorCi95Upper: 12", "medianDorCi95UpperNotEstimable: true");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(
            "graph-seed/nodes/trial-arms.yaml:13: INVALID_VALUE medianDorCi95UpperNotEstimable is true but medianDorCi95Upper is given: an upper bound is a number or not estimable, not both",
            error.ToString());
    }

    [Theory]
    [InlineData("medianDorCi95UpperNotEstimable: false", "medianDorCi95Upper: 12")]
    [InlineData("medianDorCi95UpperNotEstimable: true", "medianDorCi95Lower: 5.6")]
    public async Task Validate_UpperBoundEitherANumberOrNotEstimable_IsValid(string flag, string bound)
    {
        using var seed = WithFigures("medianDorMonths: 9.5", bound, flag);

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }

    [Fact]
    public async Task Validate_MedianInWeeks_DerivesMonthsByTheOneConstantAndMarksThem()
    {
        using var seed = WithFigures("medianPfsWeeks: 24");

        var figures = await ArmFiguresAsync(seed);

        Assert.Equal(Math.Round(24 / Outcomes.WeeksPerMonth, 2), double.Parse(figures["medianPfsMonths"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("5.52", figures["medianPfsMonths"]);
        Assert.Equal("true", figures[Outcomes.DerivedFlag("medianPfs")]);
        Assert.Equal("24", figures["medianPfsWeeks"]);
    }

    [Fact]
    public async Task Validate_MedianInWeeksAndMonths_KeepsBothAndDerivesNothing()
    {
        using var seed = WithFigures("medianOsWeeks: 40", "medianOsMonths: 9.3");

        var figures = await ArmFiguresAsync(seed);

        Assert.Equal("9.3", figures["medianOsMonths"]);
        Assert.False(figures.ContainsKey(Outcomes.DerivedFlag("medianOs")));
    }

    [Fact]
    public async Task Validate_IntervalOfAMedianInWeeks_IsCheckedAgainstTheDerivedMonths()
    {
        // 24 weeks are 5.52 months: an interval of 6 to 8 months does not hold it.
        using var seed = WithFigures("medianPfsWeeks: 24", "medianPfsCi95Lower: 6", "medianPfsCi95Upper: 8");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("graph-seed/nodes/trial-arms.yaml:12: OUT_OF_RANGE medianPfsCi95Lower 6 is above medianPfsMonths 5.52: the interval must contain its value", error.ToString());
    }

    [Fact]
    public async Task Validate_DerivedPropertyWritten_ReportsDerivedPropertyAtItsLine()
    {
        using var seed = WithFigures("medianPfsMonths: 5.5", "medianPfsMonthsDerived: true");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal(("DERIVED_PROPERTY", "graph-seed/nodes/trial-arms.yaml:12"), (error.Code, error.Location));
        Assert.StartsWith("medianPfsMonthsDerived is derived by the validator and never written:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownProperty_DoesNotOfferTheDerivedOnes()
    {
        using var seed = WithFigures("medianPfs: 5.5");

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);

        Assert.Equal("UNKNOWN_PROPERTY", error.Code);
        Assert.Contains("medianPfsWeeks", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Derived", error.Message, StringComparison.Ordinal);
    }
}
