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

    /// <summary>lower ≤ upper, and lower ≤ value ≤ upper where the value is given; errors at the bound's location.</summary>
    public static void Check(IReadOnlyDictionary<string, JsonElement> values, IReadOnlyDictionary<string, string> locations, ErrorList errors)
    {
        foreach (var lowerName in values.Keys.Where(n => n.EndsWith(Lower, StringComparison.Ordinal)))
        {
            var prefix = lowerName[..^Lower.Length];
            var lower = values[lowerName].GetDouble();
            if (values.TryGetValue(prefix + Upper, out var upperValue) && upperValue.GetDouble() is var upper && lower > upper)
            {
                errors.Add(ErrorCodes.OutOfRange, locations[lowerName], $"{lowerName} {lower} is above {prefix}{Upper} {upper}: a confidence interval's lower bound cannot exceed its upper");
            }

            foreach (var valueName in new[] { prefix + "Percent", prefix + "Months" })
            {
                if (!values.TryGetValue(valueName, out var figure)) continue;
                var value = figure.GetDouble();
                if (value < lower) errors.Add(ErrorCodes.OutOfRange, locations[lowerName], $"{lowerName} {lower} is above {valueName} {value}: the interval must contain its value");
                if (values.TryGetValue(prefix + Upper, out var bound) && value > bound.GetDouble())
                    errors.Add(ErrorCodes.OutOfRange, locations[prefix + Upper], $"{prefix}{Upper} {bound.GetDouble()} is below {valueName} {value}: the interval must contain its value");
            }
        }

        foreach (var upperName in values.Keys.Where(n => n.EndsWith(Upper, StringComparison.Ordinal)))
        {
            var flag = upperName + "NotEstimable";
            if (values.TryGetValue(flag, out var notEstimable) && notEstimable.ValueKind == JsonValueKind.True)
                errors.Add(ErrorCodes.InvalidValue, locations[flag], $"{flag} is true but {upperName} is given: an upper bound is a number or not estimable, not both");
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
