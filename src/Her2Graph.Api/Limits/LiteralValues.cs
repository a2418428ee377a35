using GraphQLParser.AST;

namespace Her2Graph.Api.Limits;

/// <summary>
/// A literal argument in the runtime shape <see cref="ArgumentValueLimits"/> checks: strings, lists, input objects as
/// dictionaries. Other scalars and variables become null: a variable's value is checked once variables are parsed.
/// </summary>
internal static class LiteralValues
{
    public static object? From(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => (string)text.Value,
        GraphQLListValue list => list.Values?.Select(From).ToList() ?? [],
        GraphQLObjectValue input => (input.Fields ?? []).GroupBy(f => f.Name.StringValue).ToDictionary(g => g.Key, g => From(g.First().Value)),
        GraphQLEnumValue or GraphQLIntValue or GraphQLFloatValue or GraphQLBooleanValue => true,
        _ => null,
    };
}
