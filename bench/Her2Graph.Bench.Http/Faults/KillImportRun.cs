using System.Globalization;
using Her2Graph.Bench.Http.Hosting;
using Her2Graph.Bench.Http.Scale;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// The <c>kill-import</c> mode: a store holding graph-seed/ (the state before), and a synthetic seed of the graph's
/// shape at <c>factor</c> × its size imported on top of it by <c>her2graph seed</c> once to its end (the state after).
/// Then, each round, a copy of the store before, the same import started and SIGKILLed at a random moment of its one
/// write (uniform over the reference write's duration). Passes when every round's file passes
/// <c>PRAGMA integrity_check</c>, opens as a store, and holds exactly the state before or exactly the state after.
/// </summary>
internal static class KillImportRun
{
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(10);

    public static async Task<FaultOutcome> RunAsync(string cliDirectory, string work, int rounds, int factor, int seed)
    {
        var folder = Path.Combine(work, $"kill-import-seed-{factor}x");
        var summary = new SyntheticSeed(Repository.SeedFolder, factor, seed).Write(folder);
        var before = Path.Combine(work, "kill-import-before.db");
        using (var import = new ImportProcess(cliDirectory, Repository.SeedFolder, before)) await import.WaitAsync(ImportTimeout);
        await StoreState.CheckpointAsync(before);
        var stateBefore = await StoreState.ReadAsync(before);

        var reference = CopyOf(before, Path.Combine(work, "kill-import-after.db"));
        TimeSpan validated, ended;
        using (var import = new ImportProcess(cliDirectory, folder, reference))
        {
            validated = await import.Validated;
            ended = await import.WaitAsync(ImportTimeout);
        }

        var stateAfter = await StoreState.ReadAsync(reference);
        var write = ended - validated;
        var lines = new List<string>
        {
            $"synthetic seed {factor}×: {summary.Nodes:N0} nodes, {summary.Relationships:N0} relationship records, imported on top of graph-seed/",
            string.Create(CultureInfo.InvariantCulture, $"reference import: {ended.TotalSeconds:F1} s, of which the write {write.TotalSeconds:F1} s"),
            $"before: {stateBefore}",
            $"after:  {stateAfter}",
        };
        var passed = stateBefore.OpensCleanly && stateAfter.OpensCleanly && !stateBefore.SameGraph(stateAfter);

        var random = new Random(seed);
        int asBefore = 0, asAfter = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var database = CopyOf(before, Path.Combine(work, $"kill-import-round-{round}.db"));
            var delay = write * random.NextDouble();
            bool killed;
            using (var import = new ImportProcess(cliDirectory, folder, database))
            {
                await import.Validated;
                await Task.Delay(delay);
                killed = import.Kill();
            }

            var state = await StoreState.ReadAsync(database);
            var opens = await OpensAsStoreAsync(database);
            var verdict = state.SameGraph(stateBefore) ? "the state before" : state.SameGraph(stateAfter) ? "the state after" : "NEITHER: a partial import";
            if (state.SameGraph(stateBefore)) asBefore++;
            else if (state.SameGraph(stateAfter)) asAfter++;
            var ok = state.OpensCleanly && opens is null && verdict[0] != 'N';
            passed &= ok;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {(killed ? "SIGKILL" : "finished before the SIGKILL")} {delay.TotalSeconds:F2} s into the write → {verdict}; integrity {state.Integrity}; {opens ?? "opens as a store"}"));
            if (!ok) lines.Add($"  found: {state}");
        }

        lines.Add($"{rounds} rounds: {asBefore} left the state before, {asAfter} the state after, {rounds - asBefore - asAfter} anything else");
        return new FaultOutcome("kill-import", passed, lines);
    }

    private static string CopyOf(string database, string copy)
    {
        foreach (var suffix in (string[])["", "-wal", "-shm"]) File.Delete(copy + suffix);
        File.Copy(database, copy);
        return copy;
    }

    /// <summary>Null when the store adapter opens the file and reads its version, else why not.</summary>
    private static async Task<string?> OpensAsStoreAsync(string database)
    {
        try
        {
            using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(database), CancellationToken.None);
            await store.GetVersionAsync(CancellationToken.None);
            return null;
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidDataException or InvalidOperationException)
        {
            return $"does not open as a store: {e.Message}";
        }
    }
}
