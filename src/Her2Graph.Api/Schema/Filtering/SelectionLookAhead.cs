using GraphQL;
using GraphQLParser.AST;

namespace Her2Graph.Api.Schema.Filtering;

/// <summary>
/// What a client selected below the field being resolved, through fragments: a connection resolver asks the store
/// only for what will be read (rows only when edges or nodes are selected, aggregates only for the figures selected).
/// </summary>
internal static class SelectionLookAhead
{
    /// <summary>The names selected at <paramref name="path"/> below the current field (the current field's own selections for an empty path).</summary>
    public static IReadOnlySet<string> Names(IResolveFieldContext context, params string[] path)
    {
        IEnumerable<GraphQLField> fields = Fields(context, context.FieldAst.SelectionSet);
        foreach (var step in path) fields = fields.Where(f => f.Name.StringValue == step).SelectMany(f => Fields(context, f.SelectionSet)).ToList();
        return fields.Select(f => f.Name.StringValue).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<GraphQLField> Fields(IResolveFieldContext context, GraphQLSelectionSet? set)
    {
        if (set is null) yield break;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    yield return field;
                    break;
                case GraphQLInlineFragment inline:
                    foreach (var inner in Fields(context, inline.SelectionSet)) yield return inner;
                    break;
                case GraphQLFragmentSpread spread when FragmentOf(context, spread) is { } fragment:
                    foreach (var inner in Fields(context, fragment.SelectionSet)) yield return inner;
                    break;
            }
        }
    }

    private static GraphQLFragmentDefinition? FragmentOf(IResolveFieldContext context, GraphQLFragmentSpread spread) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.Value == spread.FragmentName.Name.Value);
}
