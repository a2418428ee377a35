using Her2Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Aggregation;

/// <summary>Collects the rows of <see cref="SqliteAggregateParts"/> for one set into <see cref="Aggregates"/>.</summary>
internal sealed class AggregateCollector(AggregateRequest request)
{
    private readonly Dictionary<int, NumberSummary> _numbers = [];
    private readonly Dictionary<int, List<FacetCount>> _facets = [];

    /// <summary>Reads one row whose aggregate columns start at <paramref name="at"/> (the part column).</summary>
    public void Add(SqliteDataReader row, int at)
    {
        var field = (int)row.GetInt64(at + 1);
        if (row.GetInt64(at) == SqliteAggregateParts.NumberPart)
        {
            _numbers[field] = new NumberSummary(
                request.Numbers[field], row.GetInt64(at + 3), Number(row, at + 4), Number(row, at + 5), Number(row, at + 6), Number(row, at + 7), Number(row, at + 8));
        }
        else
        {
            if (!_facets.TryGetValue(field, out var counts)) _facets[field] = counts = [];
            counts.Add(new FacetCount(row.GetString(at + 2), row.GetInt64(at + 3)));
        }
    }

    /// <summary>Every field asked, in the order asked: a number no row had is a count of 0, a facet without values is empty.</summary>
    public Aggregates Build() => new(
        request.Numbers.Select((field, i) => _numbers.GetValueOrDefault(i) ?? new NumberSummary(field, 0, null, null, null, null, null)).ToList(),
        request.Facets.Select((field, i) => new Facet(
            field,
            (_facets.GetValueOrDefault(i) ?? []).OrderByDescending(c => c.Count).ThenBy(c => c.Value, StringComparer.Ordinal).ToList())).ToList());

    private static double? Number(SqliteDataReader row, int at) => row.IsDBNull(at) ? null : row.GetDouble(at);
}
