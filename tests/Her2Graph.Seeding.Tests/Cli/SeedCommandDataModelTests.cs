using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Seeding.Tests.Cli;

/// <summary>Seeding into a file of an older data model would mix two models: the command refuses it, as the API does.</summary>
public sealed class SeedCommandDataModelTests : IDisposable
{
    private readonly TempSeedFolder _seed = new TempSeedFolder().WithValidGraph();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _seed.Dispose();
    }

    [Fact]
    public async Task Seed_DatabaseOfAnOlderModel_PrintsOneLineExitsOneAndLeavesIt()
    {
        using (var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(_seed.DatabasePath), CancellationToken.None))
        {
            var provenance = new Provenance([Citation.Parse("NCT04644237")], VerificationStatus.Verified);
            await store.WriteAsync(GraphWrite.Upsert(
                [new GraphNode("NCT04644237", NodeKind.Trial, "DESTINY-Lung02", [], PropertyBag.Empty, provenance)], [],
                new WriteContext("seed", DateTimeOffset.UnixEpoch)), CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={_seed.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE node_xrefs; ALTER TABLE nodes DROP COLUMN xrefs; ALTER TABLE graph_meta DROP COLUMN data_model; PRAGMA user_version = 2;";
            await command.ExecuteNonQueryAsync();
        }

        var before = await File.ReadAllBytesAsync(_seed.DatabasePath);

        var run = await CommandRun.RunAsync(_seed.Root, "seed", _seed.Folder, "--db", _seed.DatabasePath);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"her2graph seed: the store at {_seed.DatabasePath} holds a graph of data model 1", line, StringComparison.Ordinal);
        Assert.Contains($"`her2graph seed --db {_seed.DatabasePath}`", line, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(_seed.DatabasePath));
    }
}
