using static Her2Graph.Domain.Schema.NodeKinds;
using static Her2Graph.Domain.Schema.PropertyType;

namespace Her2Graph.Domain.Schema;

/// <summary>
/// The result figures of a trial arm, each a flat number so that both stores can filter and sort on it. A 95%
/// confidence interval is two numbers (lower, upper); an upper bound that could not be estimated is a flag, not a
/// number. A median time is kept as reported: in months, or in weeks with the months derived from it by
/// <see cref="WeeksPerMonth"/> and marked so.
/// </summary>
public static class Outcomes
{
    /// <summary>The one constant for months from weeks: 365.25 / 12 / 7 ≈ 4.348 weeks a month.</summary>
    public const double WeeksPerMonth = 365.25 / 12 / 7;

    /// <summary>The medians reported as time to an event: the property prefix and what it measures.</summary>
    public static IReadOnlyList<(string Prefix, string Meaning)> TimeToEvent { get; } =
    [
        ("medianPfs", "median progression-free survival"),
        ("medianDor", "median duration of response"),
        ("medianOs", "median overall survival"),
    ];

    public static IReadOnlyList<PropertyDefinition> Properties { get; } =
    [
        P("n", WholeNumber, "Number of patients the figures are based on (at least 1)."),
        .. Rate("orr", "Objective response rate"),
        .. Rate("dcr", "Disease control rate"),
        P("crPercent", Percent, "Complete response rate, %."),
        P("stableDiseasePercent", Percent, "Stable disease, %."),
        P("clinicalBenefitPercent", Percent, "Clinical benefit rate, %."),
        .. TimeToEvent.SelectMany(t => Median(t.Prefix, t.Meaning)),
        P("medianFollowUpMonths", Number, "Median follow-up, months."),
        P("pfs6mRatePercent", Percent, "Progression-free at 6 months, %."),
        P("pfs12mRatePercent", Percent, "Progression-free at 12 months, %."),
        P("os12mRatePercent", Percent, "Alive at 12 months (overall survival rate), %."),
        P("anyGradeTraePercent", Percent, "Treatment-related adverse events of any grade, %."),
        P("grade3PlusTraePercent", Percent, "Treatment-related adverse events of grade 3 or higher, %."),
        P("discontinuationPercent", Percent, "Discontinuation for adverse events, %."),
        P("doseReductionPercent", Percent, "Dose reduction for adverse events, %."),
    ];

    /// <summary>The name of the flag that marks <paramref name="prefix"/>Months as derived from weeks.</summary>
    public static string DerivedFlag(string prefix) => prefix + "MonthsDerived";

    private static IEnumerable<PropertyDefinition> Rate(string prefix, string meaning) =>
    [
        P(prefix + "Percent", Percent, $"{meaning}, %."),
        P(prefix + "Ci95Lower", Percent, $"Lower bound of the 95% confidence interval of the {Lower(meaning)}, %."),
        P(prefix + "Ci95Upper", Percent, $"Upper bound of the 95% confidence interval of the {Lower(meaning)}, %."),
    ];

    private static IEnumerable<PropertyDefinition> Median(string prefix, string meaning) =>
    [
        P(prefix + "Months", Number, $"The {meaning}, months (derived from {prefix}Weeks where {prefix}MonthsDerived is true)."),
        P(prefix + "Weeks", Number, $"The {meaning}, weeks, where the source reports it in weeks."),
        new(DerivedFlag(prefix), Flag, $"True when {prefix}Months is derived from {prefix}Weeks (weeks / {WeeksPerMonth:0.###}, i.e. 365.25 / 12 / 7, to two decimals). Set by the validator, never written.") { Derived = true },
        P(prefix + "NotReached", Flag, $"True when the {meaning} was not reached (not estimable) at the data cut-off."),
        P(prefix + "Ci95Lower", Number, $"Lower bound of the 95% confidence interval of the {meaning}, months."),
        P(prefix + "Ci95Upper", Number, $"Upper bound of the 95% confidence interval of the {meaning}, months."),
        P(prefix + "Ci95UpperNotEstimable", Flag, $"True when the upper bound of the 95% confidence interval of the {meaning} was not estimable (NE)."),
    ];

    private static string Lower(string meaning) => char.ToLowerInvariant(meaning[0]) + meaning[1..];
}
