using System.Diagnostics;
using Her2Graph.Seeding.Import;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>A seed folder loaded into a new SQLite file through the normal import (<see cref="SeedImporter"/>: read, validate, one atomic write).</summary>
internal static class ScaleImport
{
    /// <summary>
    /// The import's seconds; a <see cref="TimeoutException"/> past <paramref name="budget"/>, and an exception with the
    /// seed's errors when it is invalid.
    /// </summary>
    public static async Task<double> ImportAsync(string folder, string sqlitePath, TimeSpan budget)
    {
        var watch = Stopwatch.StartNew();
        var import = Task.Run(async () =>
        {
            using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(sqlitePath), CancellationToken.None);
            return await new SeedImporter(store, TimeProvider.System).ImportAsync(folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        });

        // REVIEW: the importer does not stop on cancellation once its one atomic write has begun (a run of 1000× went
        // on well past a cancelled token), so the budget abandons the import instead; it is the largest size, the last
        // one measured, and it ends with this process.
        if (await Task.WhenAny(import, Task.Delay(budget)) != import) throw new TimeoutException();
        var report = await import;
        if (!report.IsValid)
            throw new InvalidOperationException($"{folder} is invalid: {report.Errors.Count} errors, the first: {string.Join("\n", report.Errors.Take(40))}");
        return watch.Elapsed.TotalSeconds;
    }
}
