using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>
/// The data model a file holds: a new or empty file is stamped with this build's, a file of the current model opens
/// unchanged, and one that holds nodes of another model (an older build's file among them) is refused with the way to
/// re-seed it, and left as it was.
/// </summary>
public sealed class SqliteDataModelTests : IDisposable
{
    private const string Lung02 = TestGraph.Lung02;

    private static readonly CancellationToken None = CancellationToken.None;

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Open_NewFile_IsStampedWithTheCurrentModel()
    {
        using (await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
        }

        Assert.Equal((long)DataModel.Current, await ScalarAsync("SELECT data_model FROM graph_meta;"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Open_OlderSchemaFileHoldingNodes_IsRefusedWithHowToReseedAndLeftAsItWas(int schemaVersion)
    {
        await WriteOldModelGraphAsync();
        await DowngradeToSchemaAsync(schemaVersion);
        var before = await File.ReadAllBytesAsync(_database.Path);

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => SqliteGraphStore.OpenAsync(_database.Options, None));

        var path = _database.Path;
        Assert.StartsWith($"the store at {path} holds a graph of data model 1 (before structured evidence", error.Message, StringComparison.Ordinal);
        Assert.Contains($"this build needs data model {DataModel.Current} (structured evidence", error.Message, StringComparison.Ordinal);
        Assert.Contains($"delete {path} (with {path}-wal and {path}-shm where present) and start the API again", error.Message, StringComparison.Ordinal);
        Assert.Contains($"`her2graph seed --db {path}`", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(1, error.FoundModel);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(_database.Path));
        Assert.Equal((long)schemaVersion, await ScalarAsync("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Open_Schema3FileHoldingModel2_IsRefusedWithHowToReseedAndLeftAsItWas()
    {
        await WriteOldModelGraphAsync();
        await DowngradeToSchemaAsync(3);
        var before = await File.ReadAllBytesAsync(_database.Path);

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => SqliteGraphStore.OpenAsync(_database.Options, None));

        Assert.StartsWith($"the store at {_database.Path} holds a graph of data model 2 (structured evidence", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.FoundModel);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(_database.Path));
        Assert.Equal(3L, await ScalarAsync("PRAGMA user_version;"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Open_OlderSchemaFileWithoutNodes_IsMigratedAndStampedKeepingItsVersion(int schemaVersion)
    {
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            await WriteOldModelGraphAsync(first);
            await first.WriteAsync(new GraphWrite([], [], [Lung02, TestGraph.Tdxd, TestGraph.Ild], [], TestGraph.Curator(1)), None);
        }

        await DowngradeToSchemaAsync(schemaVersion);

        GraphVersion migrated;
        using (var store = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            migrated = await store.GetVersionAsync(None);
        }

        using var reopened = await SqliteGraphStore.OpenAsync(_database.Options, None);
        Assert.Equal((long)SqliteStatements.SchemaVersion, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal((long)DataModel.Current, await ScalarAsync("SELECT data_model FROM graph_meta;"));
        Assert.Equal(2, migrated.Number);
        Assert.True(Guid.TryParse(migrated.GraphId, out _), $"graph id '{migrated.GraphId}' is not a GUID");
        Assert.Equal(migrated, await reopened.GetVersionAsync(None));
    }

    [Fact]
    public async Task Open_CurrentFileHoldingNodes_OpensUnchanged()
    {
        GraphVersion before;
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            await first.WriteAsync(TestGraph.Standard(), None);
            before = await first.GetVersionAsync(None);
        }

        using var reopened = await SqliteGraphStore.OpenAsync(_database.Options, None);

        Assert.Equal(before, await reopened.GetVersionAsync(None));
        Assert.Equal((long)DataModel.Current, await ScalarAsync("SELECT data_model FROM graph_meta;"));
        Assert.Equal(TestGraph.Nodes.Count, (await reopened.GetStatisticsAsync(None)).NodeCounts.Values.Sum());
        Assert.Equal(TestGraph.NodeById(TestGraph.Arm), (await reopened.GetNodesAsync([TestGraph.Arm], None))[TestGraph.Arm]);
    }

    [Fact]
    public async Task Open_CurrentSchemaRecordingAnOlderModel_IsRefused()
    {
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            await first.WriteAsync(TestGraph.Standard(), None);
        }

        await ExecuteAsync("UPDATE graph_meta SET data_model = 1;");

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => SqliteGraphStore.OpenAsync(_database.Options, None));

        Assert.Contains("holds a graph of data model 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, await ScalarAsync("SELECT data_model FROM graph_meta;"));
    }

    [Fact]
    public async Task Open_FileHoldingModel3_IsStampedInPlace_ForModel4ChangedOnlyNeo4jRows()
    {
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            await first.WriteAsync(TestGraph.Standard(), None);
        }

        await ExecuteAsync("UPDATE graph_meta SET data_model = 3;");

        using var reopened = await SqliteGraphStore.OpenAsync(_database.Options, None);

        Assert.Equal(4, DataModel.Current);
        Assert.Equal(4L, await ScalarAsync("SELECT data_model FROM graph_meta;"));
        Assert.Equal(TestGraph.NodeById(TestGraph.Arm), (await reopened.GetNodesAsync([TestGraph.Arm], None))[TestGraph.Arm]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Open_FileOfANewerModel_IsRefusedAskingForAnUpgradeEvenWhenEmpty(bool holdsNodes)
    {
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            if (holdsNodes) await first.WriteAsync(TestGraph.Standard(), None);
        }

        await ExecuteAsync($"UPDATE graph_meta SET data_model = {DataModel.Current + 1};");

        var error = await Assert.ThrowsAsync<GraphModelMismatchException>(() => SqliteGraphStore.OpenAsync(_database.Options, None));

        Assert.Equal(
            $"the store at {_database.Path} holds a graph of data model {DataModel.Current + 1}, newer than this build's {DataModel.Current}: upgrade the application",
            error.Message);
        Assert.Equal((long)DataModel.Current + 1, await ScalarAsync("SELECT data_model FROM graph_meta;"));
    }

    public void Dispose() => _database.Dispose();

    // What the previous build wrote: the figures of an arm on Trial -EVALUATES-> Drug, an incidence on the drug.
    private async Task WriteOldModelGraphAsync()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, None);
        await WriteOldModelGraphAsync(store);
    }

    private static Task<WriteResult> WriteOldModelGraphAsync(SqliteGraphStore store) => store.WriteAsync(GraphWrite.Upsert(
        [TestGraph.Node(Lung02, NodeKind.Trial, "DESTINY-Lung02"), TestGraph.Node(TestGraph.Tdxd, NodeKind.Drug, "trastuzumab deruxtecan"),
         TestGraph.Node(TestGraph.Ild, NodeKind.AdverseEvent, "ILD/pneumonitis")],
        [TestGraph.Relationship(RelationshipType.Evaluates, Lung02, TestGraph.Tdxd, "5.4 mg/kg", PropertyBag.Of(("n", 102), ("orrPercent", 49.0), ("dose", "5.4 mg/kg Q3W"))),
         TestGraph.Relationship(RelationshipType.HasAdverseEvent, TestGraph.Tdxd, TestGraph.Ild, "DESTINY-Lung02 5.4 mg/kg", PropertyBag.Of(("anyGradePercent", 12.9)))],
        TestGraph.Seed), None);

    // The file as the build of that schema left it: schema 3 had no xrefs, schema 2 no data_model, schema 1 no graph_id either.
    private async Task DowngradeToSchemaAsync(int schemaVersion)
    {
        SqliteConnection.ClearAllPools();
        await ExecuteAsync("DROP TABLE node_xrefs; ALTER TABLE nodes DROP COLUMN xrefs; UPDATE graph_meta SET data_model = 2; PRAGMA user_version = 3;");
        if (schemaVersion == 3)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        await ExecuteAsync("ALTER TABLE graph_meta DROP COLUMN data_model; PRAGMA user_version = 2;");
        if (schemaVersion == 1) await ExecuteAsync("ALTER TABLE graph_meta DROP COLUMN graph_id; PRAGMA user_version = 1;");
        SqliteConnection.ClearAllPools();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
