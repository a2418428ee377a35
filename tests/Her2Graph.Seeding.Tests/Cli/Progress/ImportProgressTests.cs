using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Seeding.Tests.Cli.Progress;

/// <summary>What the seed importer tells the CLI's progress display: each file read, then validation and the write from none to all records.</summary>
public sealed class ImportProgressTests : IDisposable
{
    private const int Records = SeedFiles.NodeCount + SeedFiles.RelationshipCount;

    private readonly TempSeedFolder _seed = new TempSeedFolder().WithValidGraph();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _seed.Dispose();
    }

    [Fact]
    public async Task Import_WithProgress_ReportsEachFileThenValidatingThenWritingInOrder()
    {
        var reports = new List<ImportProgress>();
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(_seed.DatabasePath), CancellationToken.None);

        var report = await new SeedImporter(store, FixedClock.Default).ImportAsync(
            _seed.Folder, new SeedOptions(Progress: new Recorder(reports)), TextWriter.Null, CancellationToken.None);

        Assert.True(report.IsValid);
        var files = report.Files.Count;
        List<ImportProgress> expected =
        [
            .. Enumerable.Range(0, files + 1).Select(done => new ImportProgress(ImportProgress.Reading, done, files)),
            new(ImportProgress.Validating, 0, Records),
            new(ImportProgress.Validating, Records, Records),
            new(ImportProgress.Writing, 0, Records),
            new(ImportProgress.Writing, Records, Records),
        ];
        Assert.Equal(expected, reports);
    }

    [Fact]
    public async Task Check_WithProgress_ReportsNoWrite()
    {
        var reports = new List<ImportProgress>();

        var report = await SeedImporter.CheckAsync(_seed.Folder, ExistingNodes.None, TextWriter.Null, new Recorder(reports), CancellationToken.None);

        Assert.True(report.IsValid);
        Assert.DoesNotContain(reports, r => r.Stage == ImportProgress.Writing);
        Assert.Equal(new ImportProgress(ImportProgress.Validating, Records, Records), reports[^1]);
    }

    private sealed class Recorder(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
