using System.Globalization;
using System.Numerics;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Her2Graph.Api.Schema.Import;

/// <summary>
/// Any JSON value, as plain CLR values (dictionaries, lists, strings, numbers, booleans, null), for importGraph's
/// per-record properties where kinds and types are mixed. GraphQL.NET 8 has no JSON scalar of its own.
/// </summary>
internal sealed class JsonGraphType : ScalarGraphType
{
    public const string TypeName = "JSON";

    public JsonGraphType()
    {
        Name = TypeName;
        Description = "Any JSON value: an object, a list, a string, a number, a boolean or null.";
    }

    // Variables arrive already parsed from JSON.
    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLBooleanValue boolean => boolean.BoolValue,
        GraphQLStringValue text => (string)text.Value,
        GraphQLIntValue whole => ParseWhole(whole.Value.ToString()),
        GraphQLFloatValue number => double.Parse(number.Value.Span, NumberStyles.Float, CultureInfo.InvariantCulture),
        GraphQLListValue list => (list.Values ?? []).Select(ParseLiteral).ToList(),
        GraphQLObjectValue obj => (obj.Fields ?? []).ToDictionary(f => (string)f.Name.Value, f => ParseLiteral(f.Value), StringComparer.Ordinal),
        _ => ThrowLiteralConversionError(value, "enum values and variables cannot be JSON values"),
    };

    private static object ParseWhole(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : BigInteger.Parse(text, CultureInfo.InvariantCulture);
}
