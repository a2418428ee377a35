using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Api.Tests.Storage;

/// <summary>
/// A store written with an older data model cannot be migrated by rule (curated figures moved to new nodes by reading
/// their text), so the API refuses to start on it: one line naming the store, its model and this build's, and how to
/// re-seed it, with the store left as it was.
/// </summary>
public sealed class DataModelStartupTests
{
    [Fact]
    public async Task SqliteFileOfTheOldModel_RefusesWithHowToReseedAndLeavesItAsItWas()
    {
        using var api = new StartupApiFactory();
        await WriteOldModelFileAsync(api.SqlitePath);
        var before = await File.ReadAllBytesAsync(api.SqlitePath);

        var line = OneLine(api.RefusedStart());

        Assert.StartsWith($"Her2Graph cannot start: the store at {api.SqlitePath} holds a graph of data model 1 (before structured evidence", line, StringComparison.Ordinal);
        Assert.Contains($"this build needs data model {DataModel.Current}", line, StringComparison.Ordinal);
        Assert.Contains($"delete {api.SqlitePath}", line, StringComparison.Ordinal);
        Assert.Contains($"`her2graph seed --db {api.SqlitePath}`", line, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(api.SqlitePath));
    }

    [Fact]
    public void Neo4jGraphOfNoRecordedModel_RefusesWithTheStatementThatEmptiesIt()
    {
        using var api = new Neo4jReplayApiFactory();
        api.Neo4j.RecordedModel = null;

        var line = OneLine(api.RefusedStart());

        Assert.StartsWith("Her2Graph cannot start: the store at Neo4j at http://neo4j.test:7474/ (database neo4j) holds a graph of data model 1", line, StringComparison.Ordinal);
        Assert.Contains("`MATCH (n) WHERE n:GraphNode OR n:GraphMeta OR n:GraphChange DETACH DELETE n`", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Neo4jReplayApiFactory.Password, line, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Neo4j.Statements, s => s.Contains("DETACH DELETE", StringComparison.Ordinal) || s.Contains("_LOCK_", StringComparison.Ordinal));
    }

    // A file as the previous build left it: schema 2 (no data_model column) holding old-model nodes and relationships.
    private static async Task WriteOldModelFileAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(path), CancellationToken.None))
        {
            var citations = new Provenance([Citation.Parse("NCT04644237")], VerificationStatus.Verified);
            await store.WriteAsync(GraphWrite.Upsert(
                [new GraphNode("NCT04644237", NodeKind.Trial, "DESTINY-Lung02", [], PropertyBag.Empty, citations),
                 new GraphNode("trastuzumab deruxtecan", NodeKind.Drug, "trastuzumab deruxtecan", [], PropertyBag.Empty, citations)],
                [new GraphRelationship(RelationshipType.Evaluates, "NCT04644237", "trastuzumab deruxtecan", "5.4 mg/kg", PropertyBag.Of(("orrPercent", 49.0)), citations)],
                new WriteContext("seed", DateTimeOffset.UnixEpoch, null)), CancellationToken.None);
        }

        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TABLE node_xrefs; ALTER TABLE nodes DROP COLUMN xrefs; ALTER TABLE graph_meta DROP COLUMN data_model; PRAGMA user_version = 2;";
        await command.ExecuteNonQueryAsync();
    }

    private static string OneLine(string printed)
    {
        var line = Assert.Single(printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Her2Graph cannot start: ", line, StringComparison.Ordinal);
        return line;
    }
}
