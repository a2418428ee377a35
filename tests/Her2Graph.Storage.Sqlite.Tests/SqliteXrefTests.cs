using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>
/// How the SQLite file keeps cross-references: JSON on the node row, one node_xrefs row per key in step with it, both
/// read by index, and a file of schema 3 (which had neither) migrated in place. A schema-3 file of data model 3 exists:
/// the builds between data model 3 and schema 4 wrote them (without the cross-references, which they did not store).
/// </summary>
public sealed class SqliteXrefTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly CrossReference[] YvmaXrefs =
    [
        new(XrefScheme.HgvsCoding, "NM_004448.4:c.2313_2324dup", VerificationStatus.Verified, "report fixture row"),
        new(XrefScheme.Clinvar, "44985", VerificationStatus.Verified, OtherAllele: true, Note: "ClinVar 44985 is the c.2314_2325dup allele"),
    ];

    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Write_NodeWithXrefs_StoresCompactJsonAndOneLookupRowPerKey()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, None);
        await store.WriteAsync(TestGraph.Standard(), None);

        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Yvma) with { Xrefs = YvmaXrefs }], [], TestGraph.Curator(1)), None);

        Assert.Equal(
            """[{"scheme":"HGVS_CODING","id":"NM_004448.4:c.2313_2324dup","status":"VERIFIED","source":"report fixture row"},"""
            + """{"scheme":"CLINVAR","id":"44985","status":"VERIFIED","otherAllele":true,"note":"ClinVar 44985 is the c.2314_2325dup allele"}]""",
            await ScalarAsync($"SELECT xrefs FROM nodes WHERE id = '{TestGraph.Yvma}';"));
        Assert.Equal("[]", await ScalarAsync($"SELECT xrefs FROM nodes WHERE id = '{TestGraph.Tdxd}';"));
        Assert.Equal(
            ["CLINVAR:44985", "HGVS_CODING:NM_004448.4:c.2313_2324dup"],
            await RowsAsync($"SELECT key FROM node_xrefs WHERE node_id = '{TestGraph.Yvma}' ORDER BY key;"));
    }

    [Fact]
    public async Task Write_NodeRewrittenAndDeleted_KeepsTheLookupRowsInStep()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, None);
        await store.WriteAsync(TestGraph.Standard(), None);
        var yvma = TestGraph.NodeById(TestGraph.Yvma);
        await store.WriteAsync(GraphWrite.Upsert([yvma with { Xrefs = YvmaXrefs }], [], TestGraph.Curator(1)), None);

        await store.WriteAsync(GraphWrite.Upsert([yvma with { Xrefs = [YvmaXrefs[1]] }], [], TestGraph.Curator(2)), None);
        var rewritten = await RowsAsync($"SELECT key FROM node_xrefs WHERE node_id = '{TestGraph.Yvma}';");
        await store.WriteAsync(new GraphWrite([], [], [TestGraph.Yvma], [], TestGraph.Curator(3)), None);

        Assert.Equal(["CLINVAR:44985"], rewritten);
        Assert.Empty(await RowsAsync($"SELECT key FROM node_xrefs WHERE node_id = '{TestGraph.Yvma}';"));
    }

    [Fact]
    public async Task Write_RefusedBatch_LeavesTheLookupRowsAsTheyWere()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, None);
        await store.WriteAsync(TestGraph.Standard(), None);
        var dangling = TestGraph.Relationship(RelationshipType.InGene, TestGraph.Tdxd, "NO_GENE");
        var before = await RowsAsync("SELECT key || '|' || node_id FROM node_xrefs ORDER BY key, node_id;");

        await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(
            GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Tdxd) with { Xrefs = [new(XrefScheme.Drugbank, "DB14962", VerificationStatus.Verified)] }], [dangling], TestGraph.Curator(1)), None));

        Assert.NotEmpty(before);
        Assert.Equal(before, await RowsAsync("SELECT key || '|' || node_id FROM node_xrefs ORDER BY key, node_id;"));
        Assert.Empty(await store.FindNodesByXrefsAsync(["DRUGBANK:DB14962"], None));
    }

    [Fact]
    public async Task Statements_XrefLookupAndDelete_SearchByIndex()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, None);
        await store.WriteAsync(TestGraph.Standard(), None);

        var lookup = await _database.QueryPlanAsync(SqliteStatements.NodesByXrefs, new() { ["$keys"] = "[\"CLINVAR:44985\"]" });
        var delete = await _database.QueryPlanAsync(SqliteStatements.DeleteXrefKeys, new() { ["$id"] = TestGraph.Yvma });

        Assert.Contains(lookup, line => line.StartsWith("SEARCH x USING PRIMARY KEY (key=?)", StringComparison.Ordinal));
        Assert.Contains(lookup, line => line.StartsWith("SEARCH n USING INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(lookup, line => line.StartsWith("SCAN x", StringComparison.Ordinal) || line.StartsWith("SCAN n", StringComparison.Ordinal));
        Assert.Contains(delete, line => line.Contains("ix_node_xrefs_node", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_Schema3FileOfTheCurrentModel_IsMigratedKeepingItsNodesWithNoXrefs()
    {
        GraphVersion before;
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, None))
        {
            await first.WriteAsync(TestGraph.Standard(), None);
            before = await first.GetVersionAsync(None);
        }

        await OlderSchema.DowngradeAsync(_database.Path, 3);
        var columnsBefore = await RowsAsync("SELECT name FROM pragma_table_info('nodes');");

        using var store = await SqliteGraphStore.OpenAsync(_database.Options, None);

        Assert.DoesNotContain("xrefs", columnsBefore);
        Assert.Equal(4L, await ScalarAsync("PRAGMA user_version;"));
        Assert.Equal(4, SqliteStatements.SchemaVersion);
        Assert.Equal("xrefs", (await RowsAsync("SELECT name FROM pragma_table_info('nodes');"))[^1]);
        Assert.Equal(["ix_node_xrefs_node", "node_xrefs"], await RowsAsync("SELECT name FROM sqlite_master WHERE name LIKE '%node_xrefs%' ORDER BY name;"));
        Assert.Equal((long)DataModel.Current, await ScalarAsync("SELECT data_model FROM graph_meta;"));
        Assert.Equal(before, await store.GetVersionAsync(None));
        var nodes = await store.GetNodesAsync(TestGraph.Nodes.Select(n => n.Id).ToList(), None);
        Assert.Equal(TestGraph.Nodes.Select(n => n with { Xrefs = [] }).OrderBy(n => n.Id, StringComparer.Ordinal), nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal));
        Assert.All(nodes.Values, node => Assert.Empty(node.Xrefs));

        // The migrated file takes cross-references like a new one, and opening it again changes nothing.
        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Yvma) with { Xrefs = YvmaXrefs }], [], TestGraph.Curator(1)), None);
        using var reopened = await SqliteGraphStore.OpenAsync(_database.Options, None);
        Assert.Equal(TestGraph.Yvma, Assert.Single((await reopened.FindNodesByXrefsAsync([YvmaXrefs[1].Key], None))[YvmaXrefs[1].Key]).Id);
        Assert.Equal(YvmaXrefs, (await reopened.GetNodesAsync([TestGraph.Yvma], None))[TestGraph.Yvma].Xrefs);
    }

    public void Dispose() => _database.Dispose();

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var row = await command.ExecuteReaderAsync();
        while (await row.ReadAsync()) rows.Add(row.GetString(0));
        return rows;
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
