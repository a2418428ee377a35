using System.Text.Json;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Rules between the figures of one record (<see cref="Outcomes"/>): a 95% confidence interval holds its value, and a
/// median reported in weeks gets its months derived by the one stated constant.
/// </summary>
internal static class FigureRules
{
    private const string Lower = "Ci95Lower";
    private const string Upper = "Ci95Upper";

    /// <summary>
    /// lower ≤ upper, and lower ≤ value ≤ upper for each bound given (one bound alone must still hold its value); a
    /// median's value is its months, derived ones included, so run <see cref="Derive"/> first. Errors are at the bound's location.
    /// </summary>
    public static void Check(IReadOnlyDictionary<string, JsonElement> values, IReadOnlyDictionary<string, string> locations, ErrorList errors)
    {
        var prefixes = values.Keys
            .Select(n => n.EndsWith(Lower, StringComparison.Ordinal) ? n[..^Lower.Length] : n.EndsWith(Upper, StringComparison.Ordinal) ? n[..^Upper.Length] : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var prefix in prefixes)
        {
            double? lower = values.TryGetValue(prefix + Lower, out var l) ? l.GetDouble() : null;
            double? upper = values.TryGetValue(prefix + Upper, out var u) ? u.GetDouble() : null;
            if (lower > upper)
            {
                errors.Add(ErrorCodes.OutOfRange, locations[prefix + Lower],
                    $"{prefix}{Lower} {lower} is above {prefix}{Upper} {upper}: a confidence interval's lower bound cannot exceed its upper");
            }

            foreach (var valueName in new[] { prefix + "Percent", prefix + "Months" })
            {
                if (!values.TryGetValue(valueName, out var figure)) continue;
                var value = figure.GetDouble();
                if (value < lower) errors.Add(ErrorCodes.OutOfRange, locations[prefix + Lower], $"{prefix}{Lower} {lower} is above {valueName} {value}: the interval must contain its value");
                if (value > upper) errors.Add(ErrorCodes.OutOfRange, locations[prefix + Upper], $"{prefix}{Upper} {upper} is below {valueName} {value}: the interval must contain its value");
            }

            var flag = prefix + Upper + "NotEstimable";
            if (upper is not null && values.TryGetValue(flag, out var notEstimable) && notEstimable.ValueKind == JsonValueKind.True)
            {
                errors.Add(ErrorCodes.InvalidValue, locations[flag], $"{flag} is true but {prefix}{Upper} is given: an upper bound is a number or not estimable, not both");
            }
        }
    }

    /// <summary>Months from weeks where only weeks are reported, marked derived.</summary>
    public static void Derive(Dictionary<string, JsonElement> values, IReadOnlyList<PropertyDefinition> definitions)
    {
        foreach (var (prefix, _) in Outcomes.TimeToEvent)
        {
            var flag = Outcomes.DerivedFlag(prefix);
            if (definitions.All(d => d.Name != flag)) continue;
            if (!values.TryGetValue(prefix + "Weeks", out var weeks) || values.ContainsKey(prefix + "Months")) continue;
            values[prefix + "Months"] = JsonSerializer.SerializeToElement(Math.Round(weeks.GetDouble() / Outcomes.WeeksPerMonth, 2));
            values[flag] = JsonSerializer.SerializeToElement(true);
        }
    }
}
