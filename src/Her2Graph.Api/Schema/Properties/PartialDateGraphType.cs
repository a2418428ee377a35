using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Her2Graph.Api.Schema.Properties;

/// <summary>
/// A calendar date to the precision the source gives: <c>2022</c>, <c>2022-08</c> or <c>2022-08-11</c>. Served as the
/// string; refused on input unless it is one of the three forms and a real date, before any resolver runs (the
/// validator checks seed files and importGraph's JSON the same way).
/// </summary>
internal sealed class PartialDateGraphType : ScalarGraphType
{
    public const string TypeName = "PartialDate";

    public PartialDateGraphType()
    {
        Name = TypeName;
        Description = "A date to the precision known, as a string: yyyy (2022), yyyy-MM (2022-08) or yyyy-MM-dd (2022-08-11). "
                      + "Strings of one precision sort in date order; a partial date sorts before the full dates it contains.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when IsPartialDate(text) => text,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when IsPartialDate((string)text.Value) => (string)text.Value,
        _ => ThrowLiteralConversionError(value, "a PartialDate is a string yyyy, yyyy-MM or yyyy-MM-dd that names a real date, e.g. \"2022-08-11\""),
    };

    public static bool IsPartialDate(string text) =>
        text.Length switch
        {
            4 => Parse(text, "yyyy"),
            7 => Parse(text, "yyyy-MM"),
            10 => Parse(text, "yyyy-MM-dd"),
            _ => false,
        };

    private static bool Parse(string text, string format) =>
        text.All(c => char.IsAsciiDigit(c) || c == '-')
        && DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
