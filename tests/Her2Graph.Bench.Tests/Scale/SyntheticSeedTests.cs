extern alias bench;
using bench::Her2Graph.Bench.Http.Hosting;
using bench::Her2Graph.Bench.Http.Scale;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Validation;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Bench.Tests.Scale;

public sealed class SyntheticSeedTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("her2graph-synthetic-tests-").FullName;

    [Fact]
    public async Task SyntheticSeed_TenTimes_ValidatesAndImportsEveryRecord()
    {
        var folder = Path.Combine(_directory, "seed");
        var summary = new SyntheticSeed(Repository.SeedFolder, 10, 14).Write(folder);

        var check = await SeedImporter.CheckAsync(folder, ExistingNodes.None, TextWriter.Null, CancellationToken.None);
        Assert.Empty(check.Errors);
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(Path.Combine(_directory, "graph.db")), CancellationToken.None);
        var report = await new SeedImporter(store, TimeProvider.System).ImportAsync(folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        Assert.True(report.IsValid);
        Assert.Equal(summary.Nodes, report.NodeCounts.Values.Sum());
        Assert.Equal(summary.Relationships, report.RelationshipCounts.Values.Sum());
        var original = await SeedImporter.CheckAsync(Repository.SeedFolder, ExistingNodes.None, TextWriter.Null, CancellationToken.None);
        Assert.True(summary.Nodes > 5 * original.NodeCounts.Values.Sum());
        Assert.True((await store.GetVersionAsync(CancellationToken.None)).Number > 0);
    }

    [Fact]
    public void SyntheticSeed_SameSeedNumber_WritesTheSameFiles()
    {
        new SyntheticSeed(Repository.SeedFolder, 3, 7).Write(Path.Combine(_directory, "a"));
        new SyntheticSeed(Repository.SeedFolder, 3, 7).Write(Path.Combine(_directory, "b"));
        new SyntheticSeed(Repository.SeedFolder, 3, 8).Write(Path.Combine(_directory, "c"));

        Assert.Equal(Contents("a"), Contents("b"));
        Assert.NotEqual(Contents("a"), Contents("c"));
    }

    private string Contents(string name) => string.Concat(Directory.EnumerateFiles(Path.Combine(_directory, name), "*.yaml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + File.ReadAllText(f)));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
