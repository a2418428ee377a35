using System.Diagnostics;
using Her2Graph.Seeding.Import;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>A seed folder loaded into a new SQLite file through the normal import (<see cref="SeedImporter"/>: read, validate, one atomic write).</summary>
internal static class ScaleImport
{
    /// <summary>The import's seconds; throws <see cref="OperationCanceledException"/> past <paramref name="budget"/>, and with the seed's errors when it is invalid.</summary>
    public static async Task<double> ImportAsync(string folder, string sqlitePath, TimeSpan budget)
    {
        using var timeout = new CancellationTokenSource(budget);
        var watch = Stopwatch.StartNew();
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(sqlitePath), timeout.Token);
        var report = await new SeedImporter(store, TimeProvider.System).ImportAsync(folder, new SeedOptions(), TextWriter.Null, timeout.Token);
        if (!report.IsValid)
            throw new InvalidOperationException($"{folder} is invalid: {report.Errors.Count} errors, the first: {string.Join("\n", report.Errors.Take(40))}");
        return watch.Elapsed.TotalSeconds;
    }
}
