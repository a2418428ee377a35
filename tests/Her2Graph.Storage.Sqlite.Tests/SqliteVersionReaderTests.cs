using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>
/// The version is read on a connection kept open between calls: it must still see every write committed since, by this
/// store, another store on the file (another replica) or a process that is not a store at all.
/// </summary>
public sealed class SqliteVersionReaderTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task GetVersion_AfterAnotherStoreOnTheFileWrites_SeesItsVersion()
    {
        using var reader = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        using var writer = new SqliteGraphStore(_database.Options);
        var before = await reader.GetVersionAsync(CancellationToken.None);

        var written = await writer.WriteAsync(TestGraph.Standard(), CancellationToken.None);
        var after = await reader.GetVersionAsync(CancellationToken.None);
        var changed = await writer.WriteAsync(
            GraphWrite.Upsert([TestGraph.Nodes[0] with { Aliases = ["version reader probe"] }], [], TestGraph.Curator(1)), CancellationToken.None);

        Assert.Equal(new GraphVersion(before.GraphId, written.Version), after);
        Assert.Equal(changed.Version, (await reader.GetVersionAsync(CancellationToken.None)).Number);
    }

    [Fact]
    public async Task GetVersion_AfterAPlainConnectionChangesTheRow_SeesTheChange()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        var before = await store.GetVersionAsync(CancellationToken.None);

        await using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE graph_meta SET version = 41 WHERE id = 1;";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(new GraphVersion(before.GraphId, 41), await store.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetVersion_Cancelled_IsACancelledTask()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);

        var read = store.GetVersionAsync(new CancellationToken(canceled: true));

        Assert.True(read.IsCanceled);
        Assert.Equal(0, (await store.GetVersionAsync(CancellationToken.None)).Number);
    }

    public void Dispose() => _database.Dispose();
}
