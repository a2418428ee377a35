extern alias bench;
using bench::Her2Graph.Bench.Http.Faults;
using Her2Graph.Seeding.Import;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Bench.Tests.Faults;

/// <summary>The kill-import verdict rests on <see cref="StoreState"/>: it must tell a partial import from a whole one.</summary>
public sealed class StoreStateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("her2graph-store-state-tests-").FullName;

    [Fact]
    public async Task SameGraph_SameImportAtAnotherTime_IsTheSameAndOneRelationshipLessIsNot()
    {
        var first = await ImportedAsync("first.db", DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var second = await ImportedAsync("second.db", DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using (var connection = new SqliteConnection($"Data Source={second};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM relationships WHERE key = (SELECT max(key) FROM relationships);";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var before = await StoreState.ReadAsync(first);
        var sameAtAnotherTime = await StoreState.ReadAsync(await ImportedAsync("third.db", DateTimeOffset.Parse("2026-06-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        var partial = await StoreState.ReadAsync(second);

        Assert.True(before.OpensCleanly);
        Assert.True(before.SameGraph(sameAtAnotherTime));
        Assert.False(before.SameGraph(partial));
        Assert.Equal(before.Relationships - 1, partial.Relationships);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> ImportedAsync(string name, DateTimeOffset at)
    {
        var path = Path.Combine(_directory, name);
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(path), CancellationToken.None);
        var report = await new SeedImporter(store, new FixedTime(at)).ImportAsync(bench::Her2Graph.Bench.Http.Hosting.Repository.SeedFolder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        Assert.True(report.IsValid);
        return path;
    }

    private sealed class FixedTime(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
