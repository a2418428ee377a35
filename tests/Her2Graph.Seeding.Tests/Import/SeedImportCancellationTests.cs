using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Seeding.Tests.Import;

/// <summary>
/// A cancelled import stops and leaves nothing partly written: the repository's own seed imported on top of a small
/// graph into a real SQLite file, cancelled at each stage and at growing delays into its one write.
/// </summary>
public sealed class SeedImportCancellationTests : IDisposable
{
    private readonly TempSeedFolder _small = new TempSeedFolder().WithValidGraph();

    public void Dispose() => _small.Dispose();

    private string Root => Path.GetDirectoryName(_small.DatabasePath)!;

    [Theory]
    [InlineData(ImportProgress.Reading)]
    [InlineData(ImportProgress.Validating)]
    [InlineData(ImportProgress.Writing)]
    public async Task ImportAsync_CancelledAtAStage_ThrowsAndWritesNothing(string stage)
    {
        using var store = await PreparedStoreAsync(_small.DatabasePath);
        var before = await store.GetStatisticsAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAt(p => p.Stage == stage, cancel, TimeSpan.Zero);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new SeedImporter(store, FixedClock.Default).ImportAsync(RepositorySeed.Folder, new SeedOptions(Progress: progress), TextWriter.Null, cancel.Token));

        Assert.True(progress.Cancelled);
        AssertSame(before, await store.GetStatisticsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_CancelledDuringTheWrite_LeavesThePreviousGraphOrTheWholeImport()
    {
        // The write is one transaction: whenever the token fires inside it (each delay lands somewhere else in it), the
        // file holds the graph before or the whole import, never a part. Delays grow until one lets the import finish.
        GraphStatistics whole;
        using (var reference = await PreparedStoreAsync(Path.Combine(Root, "reference.db")))
        {
            await new SeedImporter(reference, FixedClock.Default).ImportAsync(RepositorySeed.Folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
            whole = await reference.GetStatisticsAsync(CancellationToken.None);
        }

        var interrupted = 0;
        // From zero (the token fires as the write starts, so at least one round is interrupted on any machine), then 1 ms doubling.
        for (var delay = TimeSpan.Zero; ; delay = delay == TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : delay * 2)
        {
            var path = Path.Combine(Root, $"delay-{delay.TotalMilliseconds}.db");
            using var store = await PreparedStoreAsync(path);
            var before = await store.GetStatisticsAsync(CancellationToken.None);
            using var cancel = new CancellationTokenSource();
            var progress = new CancelAt(p => p is { Stage: ImportProgress.Writing, Done: 0 }, cancel, delay);
            SeedReport? report = null;
            try
            {
                report = await new SeedImporter(store, FixedClock.Default).ImportAsync(RepositorySeed.Folder, new SeedOptions(Progress: progress), TextWriter.Null, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                interrupted++;
            }
            catch (Microsoft.Data.Sqlite.SqliteException exception) when (exception.SqliteErrorCode == 9 && cancel.IsCancellationRequested)
            {
                // REVIEW: a statement interrupted by the token surfaces as SQLITE_INTERRUPT, not as a cancellation.
                interrupted++;
            }

            var after = await store.GetStatisticsAsync(CancellationToken.None);
            await AssertIntegrityAsync(path);
            if (report is null)
            {
                AssertSame(before, after);
                continue;
            }

            AssertSame(whole, after);
            break;
        }

        Assert.True(interrupted > 0, "no delay cancelled the write: the test did not test it");
    }

    // A small graph of other keys first, so "nothing written" is told apart from "nothing there".
    private async Task<SqliteGraphStore> PreparedStoreAsync(string path)
    {
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(path), CancellationToken.None);
        var report = await new SeedImporter(store, FixedClock.Default).ImportAsync(_small.Folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        return store;
    }

    private static void AssertSame(GraphStatistics before, GraphStatistics after)
    {
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.NodeCounts, after.NodeCounts);
        Assert.Equal(before.RelationshipCounts, after.RelationshipCounts);
    }

    private static async Task AssertIntegrityAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", await command.ExecuteScalarAsync());
    }

    /// <summary>Cancels <paramref name="cancel"/> <paramref name="delay"/> after the first report that <paramref name="when"/> holds for.</summary>
    private sealed class CancelAt(Func<ImportProgress, bool> when, CancellationTokenSource cancel, TimeSpan delay) : IProgress<ImportProgress>
    {
        public bool Cancelled { get; private set; }

        public void Report(ImportProgress value)
        {
            if (Cancelled || !when(value)) return;
            Cancelled = true;
            if (delay == TimeSpan.Zero) cancel.Cancel();
            else cancel.CancelAfter(delay);
        }
    }
}
