using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Aggregation;

/// <summary>
/// <c>median(x)</c>: SQLite has no percentile aggregate, so the adapter registers one on every connection. Continuous,
/// as Neo4j's <c>percentileCont(x, 0.5)</c>: the mean of the two middle values of an even count. NULLs are skipped.
/// </summary>
internal static class SqliteMedian
{
    public const string Name = "median";

    public static void Register(SqliteConnection connection) =>
        // The seed is null so that every group starts its own list (a shared seed object would collect every group).
        connection.CreateAggregate<double?, List<double>?, double?>(
            Name,
            null,
            (values, value) =>
            {
                values ??= [];
                if (value is { } number) values.Add(number);
                return values;
            },
            values => Of(values),
            isDeterministic: true);

    public static double? Of(List<double>? values)
    {
        if (values is not { Count: > 0 }) return null;
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
