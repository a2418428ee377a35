using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>Checks one property value against its type and converts it to the JSON the stores keep.</summary>
internal static partial class PropertyValues
{
    /// <summary>The JSON value, or null after adding the errors found.</summary>
    public static JsonElement? Convert(PropertyInput property, PropertyDefinition definition, ErrorList errors)
    {
        var value = property.Value;
        var location = property.Location;
        var name = property.Name;
        var type = definition.Type;
        if (type == PropertyType.TextList) return ConvertTextList(name, value, location, errors);
        if (type == PropertyType.ChoiceList) return ConvertChoiceList(name, definition.Choices!, value, location, errors);
        if (value is not InputValue.Scalar { Text: { } text } scalar)
        {
            var what = value is InputValue.Scalar ? "has no value" : $"must be {Describe(type)}, not a {(value is InputValue.Sequence ? "list" : "mapping")}";
            errors.Add(ErrorCodes.WrongType, location, $"{name} {what}");
            return null;
        }

        switch (type)
        {
            case PropertyType.Text:
                return JsonSerializer.SerializeToElement(text);
            case PropertyType.WholeNumber when !scalar.IsString && WholeNumberPattern().IsMatch(text)
                                               && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole):
                if (whole is < int.MinValue or > int.MaxValue)
                {
                    // GraphQL's Int is 32-bit: a larger whole number could be stored but never read back.
                    errors.Add(ErrorCodes.OutOfRange, location, $"{name} is {text}: a whole number must be from {int.MinValue} to {int.MaxValue}");
                    return null;
                }

                return JsonSerializer.SerializeToElement(whole);
            case PropertyType.Number or PropertyType.Percent when !scalar.IsString && TryParseNumber(text, out var number):
                if (type == PropertyType.Percent && number is < 0 or > 100)
                {
                    errors.Add(ErrorCodes.OutOfRange, location, $"{name} is {text}: a percentage must be from 0 to 100");
                    return null;
                }

                return ToJson(number);
            case PropertyType.Date:
                if (IsDate(text)) return JsonSerializer.SerializeToElement(text);
                errors.Add(ErrorCodes.InvalidValue, location, $"{name} '{text}' is not a real date: write yyyy, yyyy-MM or yyyy-MM-dd, e.g. 2022-08-11");
                return null;
            case PropertyType.Flag when !scalar.IsString && bool.TryParse(text, out var flag):
                return JsonSerializer.SerializeToElement(flag);
            case PropertyType.Choice:
                return ConvertChoice(name, definition.Choices!, text, location, errors) is { } choice ? JsonSerializer.SerializeToElement(choice) : null;
            case PropertyType.NodeReference:
                return KeyRules.Check(text, name, location, errors) ? JsonSerializer.SerializeToElement(text) : null;
            default:
                errors.Add(ErrorCodes.WrongType, location, $"{name} must be {Describe(type)}, not {(scalar.IsString ? "the string " : string.Empty)}'{text}'");
                return null;
        }
    }

    private static JsonElement? ConvertTextList(string name, InputValue value, string location, ErrorList errors)
    {
        if (value is not InputValue.Sequence sequence)
        {
            errors.Add(ErrorCodes.WrongType, location, $"{name} must be a list of text, e.g. [a, b]");
            return null;
        }

        var items = new List<string>(sequence.Items.Count);
        var before = errors.Count;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is InputValue.Scalar { Text: { } item }) items.Add(item);
            else errors.Add(ErrorCodes.WrongType, sequence.Items[i].Location, $"item {i + 1} of {name} must be text");
        }

        return errors.Count == before ? JsonSerializer.SerializeToElement(items) : null;
    }

    /// <summary>The wire name of a choice written as its wire name or its seed word (<c>second-line-or-later</c>).</summary>
    private static string? ConvertChoice(string name, Choices choices, string text, string location, ErrorList errors)
    {
        // Exactly the seed word (second-line-or-later) or the wire name (SECOND_LINE_OR_LATER), as other enums are read:
        // a third spelling would make one value look like two in the files.
        if (choices.Values.FirstOrDefault(v => v.WireName == text || WireNames.SeedWordOf(v.WireName) == text) is { } choice) return choice.WireName;
        errors.Add(ErrorCodes.InvalidValue, location,
            $"{name} '{text}' is not a value of {choices.Name}: use {string.Join(", ", choices.Values.Select(v => WireNames.SeedWordOf(v.WireName)))}");
        return null;
    }

    private static JsonElement? ConvertChoiceList(string name, Choices choices, InputValue value, string location, ErrorList errors)
    {
        if (value is not InputValue.Sequence sequence)
        {
            errors.Add(ErrorCodes.WrongType, location, $"{name} must be a list of {choices.Name} values, e.g. [{WireNames.SeedWordOf(choices.Values[0].WireName)}]");
            return null;
        }

        var items = new List<string>(sequence.Items.Count);
        var before = errors.Count;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var item = sequence.Items[i];
            if (item is not InputValue.Scalar { Text: { } text })
            {
                errors.Add(ErrorCodes.WrongType, item.Location, $"item {i + 1} of {name} must be a {choices.Name} value");
                continue;
            }

            if (ConvertChoice(name, choices, text, item.Location, errors) is not { } choice) continue;
            if (items.Contains(choice)) errors.Add(ErrorCodes.DuplicateKey, item.Location, $"{name} lists {choice} twice");
            else items.Add(choice);
        }

        return errors.Count == before ? JsonSerializer.SerializeToElement(items) : null;
    }

    private static bool TryParseNumber(string text, out double number)
    {
        number = 0;
        return NumberPattern().IsMatch(text)
               && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
               && double.IsFinite(number);
    }

    // Whole numbers are written as JSON integers so that 12 and 12.0 are the same value to the stores.
    private static JsonElement ToJson(double number) =>
        number == Math.Floor(number) && Math.Abs(number) < 1e15
            ? JsonSerializer.SerializeToElement((long)number)
            : JsonSerializer.SerializeToElement(number);

    private static bool IsDate(string text)
    {
        var match = DatePattern().Match(text);
        if (!match.Success) return false;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1) return false;
        if (!match.Groups["m"].Success) return true;
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        if (!match.Groups["d"].Success) return true;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static string Describe(PropertyType type) => type switch
    {
        PropertyType.Text => "text",
        PropertyType.WholeNumber => "a whole number",
        PropertyType.Number => "a number",
        PropertyType.Percent => "a percentage (a number from 0 to 100)",
        PropertyType.Date => "a date (yyyy, yyyy-MM or yyyy-MM-dd)",
        PropertyType.Flag => "true or false",
        PropertyType.Choice => "one of its values",
        PropertyType.NodeReference => "a node id",
        _ => "a list of text",
    };

    [GeneratedRegex(@"^[+-]?\d+$")]
    private static partial Regex WholeNumberPattern();

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$")]
    private static partial Regex DatePattern();
}
