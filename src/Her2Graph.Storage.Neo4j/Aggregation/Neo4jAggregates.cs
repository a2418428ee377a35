using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Listing;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Aggregation;

/// <summary>
/// An <see cref="AggregateRequest"/> in Cypher, both ways. In the aggregating <c>WITH</c> of a set's rows,
/// <see cref="Columns"/> gives <c>numbers</c> (per number field: count, min, max, avg, percentileCont 0.5 and sum over
/// integers and floats only) and <c>facetValues</c> (per facet field: the collected value lists); after it,
/// <see cref="FacetCounts"/> turns <c>facetValues</c> into [value, count] pairs. <see cref="Read"/> makes the port's
/// <see cref="Aggregates"/> of what came back.
/// </summary>
internal static class Neo4jAggregates
{
    /// <summary>Columns of a set without an aggregate, so every statement returns the same columns.</summary>
    public const string None = "[] AS numbers, [] AS facetValues";

    /// <summary>
    /// Each facet's values as text, nulls dropped, counted per distinct value.
    /// </summary>
    // REVIEW: counting by list comprehension is quadratic in a facet's distinct values; without APOC Cypher has no
    // map with computed keys. Facets are over choices (a handful of values), where this is cheap.
    public const string FacetCounts =
        "[values IN [field IN facetValues | [x IN reduce(acc = [], l IN field | acc + l) WHERE x IS NOT NULL | toString(x)]] | "
        + "[d IN reduce(seen = [], x IN values | CASE WHEN x IN seen THEN seen ELSE seen + x END) | [d, size([y IN values WHERE y = d])]]]";

    /// <summary>The aggregate columns over rows whose node is <paramref name="node"/> and (on an edge) relationship <paramref name="relationship"/>.</summary>
    public static string Columns(Neo4jFilterTranslator cypher, AggregateRequest? request, string node, string? relationship) =>
        ColumnsOf(request, field => cypher.NumberOf(field, node, relationship), field => cypher.ElementsOf(field, node, relationship));

    /// <summary>The aggregate columns over the rows of a relationship listing (<c>r</c> from <c>a</c> to <c>b</c>).</summary>
    public static string ListingColumns(Neo4jFilterTranslator cypher, AggregateRequest? request) =>
        ColumnsOf(request, cypher.ListingNumberOf, cypher.ListingElementsOf);

    private static string ColumnsOf(AggregateRequest? request, Func<FieldRef, string> numberOf, Func<FieldRef, string> elementsOf)
    {
        if (request is not { IsEmpty: false }) return None;
        var numbers = request.Numbers.Select(field =>
        {
            var v = numberOf(field);
            return $"[count({v}), min({v}), max({v}), avg({v}), percentileCont({v}, 0.5), sum({v})]";
        });
        var facets = request.Facets.Select(field => $"collect({elementsOf(field)})");
        return $"[{string.Join(", ", numbers)}] AS numbers, [{string.Join(", ", facets)}] AS facetValues";
    }

    /// <summary>
    /// The aggregates of one set from its <c>numbers</c> and <see cref="FacetCounts"/> values; null values (a set the
    /// statement returned no row for) give counts of 0 and empty facets. Facets are ordered here: most rows first, then by value.
    /// </summary>
    public static Aggregates Read(AggregateRequest request, object? numbers, object? facets)
    {
        var numberRows = numbers is null ? [] : Neo4jValues.List(numbers);
        var facetRows = facets is null ? [] : Neo4jValues.List(facets);
        return new Aggregates(
            request.Numbers.Select((field, i) => i < numberRows.Count ? Summary(field, Neo4jValues.List(numberRows[i])) : Empty(field)).ToList(),
            request.Facets.Select((field, i) => new Facet(
                field,
                i < facetRows.Count
                    ? Neo4jValues.List(facetRows[i]).Select(Neo4jValues.List)
                        .Select(pair => new FacetCount(pair[0] as string ?? throw new FormatException("a facet value is not text"), Neo4jValues.Whole(pair[1])))
                        .OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList()
                    : [])).ToList());
    }

    private static NumberSummary Summary(FieldRef field, IReadOnlyList<object?> row)
    {
        var count = Neo4jValues.Whole(row[0]);

        // Cypher's sum of nothing is 0, the port's is null, as every other figure of an empty set.
        return count == 0 ? Empty(field) : new NumberSummary(field, count, Number(row[1]), Number(row[2]), Number(row[3]), Number(row[4]), Number(row[5]));
    }

    private static NumberSummary Empty(FieldRef field) => new(field, 0, null, null, null, null, null);

    private static double? Number(object? value) => value switch
    {
        null => null,
        long whole => whole,
        double number => number,
        _ => throw new FormatException($"expected a number, got {value.GetType().Name}"),
    };
}
