using System.Globalization;
using Her2Graph.Bench.Http.Hosting;
using Her2Graph.Bench.Http.Scale;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// The <c>kill-import</c> mode, for each import path: a store holding graph-seed/ (the state before), and a synthetic seed
/// of the graph's shape imported on top of it once to its end (the state after). Then, each round, a copy of the store
/// before, the same import started and SIGKILLed at a random moment of its write (uniform over the reference write's
/// duration). Passes when every round's file passes <c>PRAGMA integrity_check</c>, opens as a store, and holds exactly
/// the state before or exactly the state after. The paths: <c>her2graph seed --db</c> (the bulk import: the CLI writes
/// the file; a <c>factor</c> × seed) and, when an API is given, <c>her2graph seed --to</c> (the API's importGraph, killed
/// mid-request; a <see cref="PushFactor"/> × seed, as a request may hold at most 1 MB).
/// </summary>
internal static class KillImportRun
{
    public const int PushFactor = 3;
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(10);

    public static async Task<FaultOutcome> RunAsync(string cliDirectory, string? apiDirectory, string work, int rounds, int factor, int seed)
    {
        var before = Path.Combine(work, "kill-import-before.db");
        await using (var import = new CliImport(cliDirectory, Repository.SeedFolder, before)) await import.WaitAsync(ImportTimeout);
        await StoreState.CheckpointAsync(before);
        var stateBefore = await StoreState.ReadAsync(before);
        var lines = new List<string> { $"before (graph-seed/ by her2graph seed --db): {stateBefore}" };
        var random = new Random(seed);

        var passed = await PathAsync("her2graph seed --db, the CLI killed", factor,
            database => Task.FromResult<IKillableImport>(new CliImport(cliDirectory, SeedFolder(work, factor, seed), database)));
        if (apiDirectory is not null)
        {
            passed &= await PathAsync("her2graph seed --to, the API killed", PushFactor,
                async database => await ApiImport.StartAsync(apiDirectory, cliDirectory, SeedFolder(work, PushFactor, seed), database, database + ".log"));
        }

        return new FaultOutcome("kill-import", passed, lines);

        async Task<bool> PathAsync(string name, int size, Func<string, Task<IKillableImport>> start)
        {
            var summary = new SyntheticSeed(Repository.SeedFolder, size, seed).Write(SeedFolder(work, size, seed));
            var reference = CopyOf(before, Path.Combine(work, $"kill-import-{size}x-after.db"));
            TimeSpan validated, ended;
            await using (var import = await start(reference))
            {
                validated = await import.Validated;
                ended = await import.WaitAsync(ImportTimeout);
            }

            var stateAfter = await StoreState.ReadAsync(reference);
            var write = ended - validated;
            lines.Add($"{name}: synthetic seed {size}× ({summary.Nodes:N0} nodes, {summary.Relationships:N0} relationship records) on top of the state before");
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  reference import {ended.TotalSeconds:F1} s, of which the write {write.TotalSeconds:F2} s; after: {stateAfter}"));
            var ok = stateBefore.OpensCleanly && stateAfter.OpensCleanly && !stateBefore.SameGraph(stateAfter);
            int asBefore = 0, asAfter = 0;
            for (var round = 1; round <= rounds; round++)
            {
                var database = CopyOf(before, Path.Combine(work, $"kill-import-{size}x-round-{round}.db"));
                var delay = write * random.NextDouble();
                bool killed;
                await using (var import = await start(database))
                {
                    await import.Validated;
                    await Task.Delay(delay);
                    killed = import.Kill();
                }

                var state = await StoreState.ReadAsync(database);
                var opens = await OpensAsStoreAsync(database);
                var isBefore = state.SameGraph(stateBefore);
                var isAfter = state.SameGraph(stateAfter);
                asBefore += isBefore ? 1 : 0;
                asAfter += isAfter ? 1 : 0;
                var roundOk = state.OpensCleanly && opens is null && (isBefore || isAfter);
                ok &= roundOk;
                var verdict = isBefore ? "the state before" : isAfter ? "the state after" : "NEITHER: a partial import";
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round}: {(killed ? "SIGKILL" : "finished before the SIGKILL")} {delay.TotalSeconds:F2} s into the write → {verdict}; integrity {state.Integrity}; {opens ?? "opens as a store"}"));
                if (!roundOk) lines.Add($"    found: {state}");
            }

            lines.Add($"  {rounds} rounds: {asBefore} left the state before, {asAfter} the state after, {rounds - asBefore - asAfter} anything else");
            return ok;
        }
    }

    private static string SeedFolder(string work, int factor, int seed) => Path.Combine(work, $"kill-import-seed-{factor}x-{seed}");

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
