using System.Text.Json;
using System.Text.RegularExpressions;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Checks a property value beyond its type, by property name (each name below means the same on every kind and type
/// that has it): counts of patients are at least 1, numeric ids are positive, ids written as text have their form.
/// </summary>
internal static partial class PropertyRules
{
    // The least value of each whole-number property that has one. A co-alteration count may be 0 (no patient had both);
    // the number of patients a figure rests on, and the number examined, may not.
    private static readonly Dictionary<string, long> Minimums = new(StringComparer.Ordinal)
    {
        ["n"] = 1,
        ["denominator"] = 1,
        ["count"] = 0,
        ["ncbiGeneId"] = 1,
        ["exon"] = 1,
    };

    /// <summary>True when the value passes; otherwise adds the error and returns false.</summary>
    public static bool Check(string name, JsonElement value, string location, ErrorList errors)
    {
        if (Minimums.TryGetValue(name, out var minimum))
        {
            if (value.GetInt64() >= minimum) return true;
            var what = name is "ncbiGeneId" ? "an id is a positive number" : $"it must be at least {minimum}";
            errors.Add(ErrorCodes.OutOfRange, location, $"{name} is {value.GetInt64()}: {what}");
            return false;
        }

        if (value.ValueKind != JsonValueKind.String) return true;
        var text = value.GetString()!;
        var before = errors.Count;
        switch (name)
        {
            case "registryId":
                RegistryIds.CheckRegistryId(text, name, location, errors);
                break;
            case "pmcid" when !Pmcid().IsMatch(text):
                errors.Add(ErrorCodes.MalformedId, location, $"pmcid '{text}' is not a PubMed Central id: expected PMC and a positive number, e.g. PMC8887939");
                break;
        }

        return errors.Count == before;
    }

    [GeneratedRegex(@"^PMC[1-9]\d{0,8}$")]
    private static partial Regex Pmcid();
}
