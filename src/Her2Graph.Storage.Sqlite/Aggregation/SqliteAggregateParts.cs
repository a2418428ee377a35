using Her2Graph.Domain.Store;

namespace Her2Graph.Storage.Sqlite.Aggregation;

/// <summary>
/// The SELECTs that compute an <see cref="AggregateRequest"/> in the store over a set of rows, one compound part per
/// field: numbers with COUNT/MIN/MAX/AVG/median/SUM over numeric values only, facets with a count per element value.
/// Every part has the columns <see cref="ColumnCount"/> after the caller's leading columns, so the parts of many sets
/// (the branches of a traversal level) can be one UNION ALL.
/// </summary>
internal static class SqliteAggregateParts
{
    public const int NumberPart = 2;
    public const int FacetPart = 3;

    /// <summary>part, f (the field's index in the request), facet_value, c, mn, mx, av, md, sm.</summary>
    public const int ColumnCount = 9;

    /// <param name="from">FROM text over which the aliases <c>n</c> (and <c>r</c>) are the set's rows.</param>
    /// <param name="where">The condition on those rows.</param>
    /// <param name="leading">Columns before the aggregate columns (a branch's tag and origin); the non-parameters are grouped by.</param>
    /// <param name="trailing">Columns after them (NULL padding to the compound's width), each with its leading comma.</param>
    public static IEnumerable<string> Of(
        SqliteFilterTranslator sql, AggregateRequest request, string from, string where, IReadOnlyList<string> leading, string trailing)
    {
        var lead = string.Concat(leading.Select(c => c + ", "));
        var groupColumns = leading.Where(c => !c.StartsWith('$')).ToList();
        var groupBy = groupColumns.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", groupColumns);
        for (var i = 0; i < request.Numbers.Count; i++)
        {
            // Numbers only: text, lists and flags do not count.
            var v = sql.NumberOf(request.Numbers[i]);
            yield return $"SELECT {lead}{NumberPart}, {i}, NULL, COUNT({v}), MIN({v}), MAX({v}), AVG({v}), {SqliteMedian.Name}({v}), SUM({v}){trailing} "
                + $"FROM {from} WHERE {where}{groupBy}";
        }

        for (var i = 0; i < request.Facets.Count; i++)
        {
            var elements = sql.ElementsOf(request.Facets[i]);
            // A flag reads as true or false, as Cypher's toString writes it, not as json_each's 1 or 0.
            var groupByValue = " GROUP BY " + string.Join(", ", groupColumns.Append("x.type").Append("x.value"));
            yield return $"SELECT {lead}{FacetPart}, {i}, (CASE WHEN x.type IN ('true', 'false') THEN x.type ELSE CAST(x.value AS TEXT) END), COUNT(*), NULL, NULL, NULL, NULL, NULL{trailing} "
                + $"FROM {from}, {elements} x WHERE x.value IS NOT NULL AND ({where}){groupByValue}";
        }
    }
}
