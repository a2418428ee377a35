using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Endpoint;

/// <summary>
/// Refuses documents that would select too many fields once every fragment spread is expanded, before the engine
/// sees them: fragments that spread a fragment twice double at each level, so a 1.6 KB document can ask for millions
/// of fields and keep the engine's own complexity analysis (which expands them) busy for seconds. Counting with one
/// memoised total per fragment is linear in the document's size.
/// </summary>
internal static class QuerySize
{
    /// <summary>Well above any real query here (the largest canonical example selects a few hundred fields).</summary>
    public const int MaxExpandedFields = 20_000;

    /// <summary>The parsed document (null when it does not parse: the engine then reports the syntax error), or the refusal.</summary>
    public static (GraphQLDocument? Document, GraphQLRequestError? Error) Check(string query)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException)
        {
            return (null, null);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return (null, TooLarge());
        }

        // Counting recurses through fragment chains; one too deep for that is refused, with its location, by the edge pass.
        if (Limits.FragmentNesting.TooDeep(document) is not null) return (document, null);

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var counted = new Dictionary<string, long>(StringComparer.Ordinal);
        var largest = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Select(operation => Count(operation.SelectionSet, fragments, counted, []))
            .DefaultIfEmpty(0)
            .Max();
        return largest > MaxExpandedFields ? (document, TooLarge()) : (document, null);
    }

    private static long Count(
        GraphQLSelectionSet? selections, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> counted, HashSet<string> expanding)
    {
        long total = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            total += selection switch
            {
                GraphQLField field => 1 + Count(field.SelectionSet, fragments, counted, expanding),
                GraphQLInlineFragment inline => Count(inline.SelectionSet, fragments, counted, expanding),
                GraphQLFragmentSpread spread => CountFragment(spread.FragmentName.Name.StringValue, fragments, counted, expanding),
                _ => 0,
            };

            // Stop early: the answer is already "too large", and the sums must not overflow.
            if (total > MaxExpandedFields) return total;
        }

        return total;
    }

    private static long CountFragment(
        string name, Dictionary<string, GraphQLFragmentDefinition> fragments, Dictionary<string, long> counted, HashSet<string> expanding)
    {
        if (counted.TryGetValue(name, out var known)) return known;

        // An unknown or self-spreading fragment is the engine's validation error to report, not a size.
        if (!fragments.TryGetValue(name, out var fragment) || !expanding.Add(name)) return 0;
        var total = Count(fragment.SelectionSet, fragments, counted, expanding);
        expanding.Remove(name);
        counted[name] = total;
        return total;
    }

    private static GraphQLRequestError TooLarge() => new(
        ErrorCodes.QueryTooLarge,
        $"The document selects more than {MaxExpandedFields} fields once its fragments are expanded: ask for less, or page.");
}
