using System.Globalization;
using System.Text.Json;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>
/// Maps a parsed GraphQL value onto the validator's source-neutral <see cref="InputValue"/>: a string stays a string,
/// a number or boolean becomes a literal whose type the validator reads from its text, as in a seed file.
/// </summary>
internal static class InputValues
{
    public static InputValue Of(object? value, string location) => value switch
    {
        null => new InputValue.Scalar(null, IsString: false, location),
        string text => new InputValue.Scalar(text, IsString: true, location),
        bool flag => new InputValue.Scalar(flag ? "true" : "false", IsString: false, location),
        JsonElement json => OfJson(json, location),
        IDictionary<string, object?> => new InputValue.Mapping(location),
        IEnumerable<object?> items => new InputValue.Sequence(items.Select((item, i) => Of(item, InputObject.ItemPath(location, i))).ToList(), location),
        IFormattable number => new InputValue.Scalar(number.ToString(null, CultureInfo.InvariantCulture), IsString: false, location),
        _ => new InputValue.Mapping(location),
    };

    private static InputValue OfJson(JsonElement json, string location) => json.ValueKind switch
    {
        JsonValueKind.String => new InputValue.Scalar(json.GetString(), IsString: true, location),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => new InputValue.Scalar(json.GetRawText(), IsString: false, location),
        JsonValueKind.Array => new InputValue.Sequence(json.EnumerateArray().Select((item, i) => OfJson(item, InputObject.ItemPath(location, i))).ToList(), location),
        JsonValueKind.Object => new InputValue.Mapping(location),
        _ => new InputValue.Scalar(null, IsString: false, location),
    };
}
