using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Seeding.Tests.Import;

/// <summary>Imports into the real SQLite store on a temporary file.</summary>
public sealed class SeedImporterTests : IDisposable
{
    private readonly TempSeedFolder _seed = new TempSeedFolder().WithValidGraph();

    public void Dispose() => _seed.Dispose();

    private async Task<SqliteGraphStore> OpenStoreAsync() =>
        await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(_seed.DatabasePath), CancellationToken.None);

    private static Task<SeedReport> ImportAsync(IGraphStore store, string folder, bool dryRun = false, TextWriter? log = null) =>
        new SeedImporter(store, FixedClock.Default).ImportAsync(folder, new SeedOptions(dryRun), log ?? TextWriter.Null, CancellationToken.None);

    [Fact]
    public async Task ImportAsync_ValidFolder_WritesEveryNodeAndRelationshipInOneVersion()
    {
        using var store = await OpenStoreAsync();

        var report = await ImportAsync(store, _seed.Folder);

        Assert.True(report.IsValid);
        Assert.Equal(new WriteResult(1, new WriteCounts(SeedFiles.NodeCount, 0, 0, 0), new WriteCounts(SeedFiles.RelationshipCount, 0, 0, 0)), report.Write);
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(1, statistics.Version);
        Assert.Equal(2, statistics.NodeCounts[NodeKind.Drug]);
        Assert.Equal(1, statistics.RelationshipCounts[RelationshipType.HasAdverseEvent]);
        var drug = (await store.GetNodesAsync(["poziotinib"], CancellationToken.None))["poziotinib"];
        Assert.Equal(SeedImporter.Actor, drug.Audit!.CreatedBy);
        Assert.Equal(FixedClock.Default.GetUtcNow(), drug.Audit.CreatedAt);
    }

    [Fact]
    public async Task ImportAsync_SecondRun_ChangesNothingAndKeepsTheVersion()
    {
        using var store = await OpenStoreAsync();
        await ImportAsync(store, _seed.Folder);

        var report = await ImportAsync(store, _seed.Folder);

        Assert.Equal(new WriteResult(1, new WriteCounts(0, 0, SeedFiles.NodeCount, 0), new WriteCounts(0, 0, SeedFiles.RelationshipCount, 0)), report.Write);
        Assert.Equal(1, (await store.GetStatisticsAsync(CancellationToken.None)).Version);
    }

    [Fact]
    public async Task ImportAsync_BadFileInTheMiddle_LeavesTheStoreUnchanged()
    {
        using var store = await OpenStoreAsync();
        await ImportAsync(store, _seed.Folder);
        var before = await store.GetStatisticsAsync(CancellationToken.None);
        _seed.Write("nodes/adverse-events.yaml", SeedFiles.AdverseEvents + "\n  - id: diarrhea\n    name: diarrhea\n    status: verified")
            .Write("nodes/drugs.yaml", SeedFiles.Drugs.Replace("drugClass: ADC", "drugClass: [ADC]", StringComparison.Ordinal));

        var report = await ImportAsync(store, _seed.Folder);

        Assert.Equal(["graph-seed/nodes/drugs.yaml:9: WRONG_TYPE"], report.Errors.Select(e => $"{e.Location}: {e.Code}"));
        Assert.Null(report.Write);
        var after = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.NodeCounts, after.NodeCounts);
        Assert.Equal(before.RelationshipCounts, after.RelationshipCounts);
        Assert.Empty(await store.GetNodesAsync(["diarrhea"], CancellationToken.None));
    }

    [Fact]
    public async Task ImportAsync_ChangedRecord_UpdatesOnlyIt()
    {
        using var store = await OpenStoreAsync();
        await ImportAsync(store, _seed.Folder);
        _seed.Write("nodes/genes.yaml", SeedFiles.Genes.Replace("17q12", "17q12-q21", StringComparison.Ordinal));

        var report = await ImportAsync(store, _seed.Folder);

        Assert.Equal(new WriteResult(2, new WriteCounts(0, 1, SeedFiles.NodeCount - 1, 0), new WriteCounts(0, 0, SeedFiles.RelationshipCount, 0)), report.Write);
    }

    [Fact]
    public async Task ImportAsync_DryRun_WritesNothing()
    {
        using var store = await OpenStoreAsync();

        var report = await ImportAsync(store, _seed.Folder, dryRun: true);

        Assert.True(report.IsValid);
        Assert.Null(report.Write);
        Assert.Equal(SeedFiles.NodeCount, report.NodeCounts.Values.Sum());
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(0, statistics.Version);
        Assert.All(statistics.NodeCounts.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task ImportAsync_EndsAlreadyInTheStore_AreFoundThere()
    {
        using var store = await OpenStoreAsync();
        await ImportAsync(store, _seed.Folder);
        using var more = new TempSeedFolder().Write("relationships/targets.yaml", """
            type: TARGETS
            relationships:
              - from: poziotinib
                to: ERBB2
                status: verified
                citations: [PMID:34534430]
            """);

        var report = await ImportAsync(store, more.Folder);

        Assert.True(report.IsValid, string.Join("\n", report.Errors));
        Assert.Equal(new WriteCounts(1, 0, 0, 0), report.Write!.Relationships);
    }

    [Fact]
    public async Task ImportAsync_Progress_NamesEachFileTheCountsAndTheWrite()
    {
        using var store = await OpenStoreAsync();
        using var log = new StringWriter();

        await ImportAsync(store, _seed.Folder, log: log);

        var lines = log.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("graph-seed/nodes/drugs.yaml: 2 Drug nodes", lines);
        Assert.Contains("graph-seed/relationships/targets.yaml: 1 TARGETS relationship", lines);
        Assert.Contains($"validation: no errors in {SeedFiles.NodeCount} nodes and {SeedFiles.RelationshipCount} relationships", lines);
        Assert.Contains("  Drug 2", lines);
        Assert.Contains("  HAS_ADVERSE_EVENT 1", lines);
        Assert.Contains($"written: nodes {SeedFiles.NodeCount} created, 0 updated, 0 unchanged; relationships {SeedFiles.RelationshipCount} created, 0 updated, 0 unchanged; graph version 1", lines);
    }

    [Fact]
    public async Task ImportIfEmptyAsync_StoreAlreadyWritten_DoesNothing()
    {
        using var store = await OpenStoreAsync();
        var importer = new SeedImporter(store, FixedClock.Default);

        var first = await importer.ImportIfEmptyAsync(_seed.Folder, TextWriter.Null, CancellationToken.None);
        var second = await importer.ImportIfEmptyAsync(_seed.Folder, TextWriter.Null, CancellationToken.None);

        Assert.Equal(1, first!.Write!.Version);
        Assert.Null(second);
    }
}
