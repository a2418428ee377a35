using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Sqlite.Neighbours;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>What only the SQLite adapter promises: WAL, a schema that survives reopening, index-backed traversals.</summary>
public sealed class SqliteSpecificTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Open_NewFile_UsesWalJournal()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);

        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode;"));
        Assert.Equal((long)SqliteStatements.SchemaVersion, await ScalarAsync("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Open_ExistingFile_KeepsDataAndSchema()
    {
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None))
        {
            await first.WriteAsync(TestGraph.Standard(), CancellationToken.None);
        }

        using var second = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        using var third = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);

        var statistics = await third.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(1, statistics.Version);
        Assert.Equal(TestGraph.Nodes.Count, statistics.NodeCounts.Values.Sum());
        Assert.Equal(TestGraph.Tdxd, (await second.SearchAsync(new SearchQuery("T-DXd", null, 1), CancellationToken.None))[0].Node.Id);
    }

    [Fact]
    public async Task Open_ExistingFile_KeepsTheGraphId()
    {
        GraphVersion before;
        using (var first = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None))
        {
            before = await first.GetVersionAsync(CancellationToken.None);
            await first.WriteAsync(TestGraph.Standard(), CancellationToken.None);
        }

        using var reopened = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);

        Assert.Equal(new GraphVersion(before.GraphId, 1), await reopened.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Open_FileFromNewerSchema_IsRefused()
    {
        using (await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None))
        {
        }

        await ExecuteAsync("PRAGMA user_version = 99;");

        await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None));
    }

    [Fact]
    public async Task NeighbourStatement_QueryPlan_SearchesRelationshipsByIndex()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);

        // A level of two traversals, one with a condition and an order, one walking a variant's classes first.
        var sql = new SqliteFilterTranslator();
        var branches = new List<NeighbourBranch>
        {
            new("a", ["ERBB2"], new LinkPattern([RelationshipType.Targets, RelationshipType.InGene], Direction.Both, null,
                new NodeFilter.Compare("status", FilterOperator.Equal, JsonSerializer.SerializeToElement("VERIFIED"), FilterScope.Relationship)),
                [new NodeOrder("name", SortDirection.Descending)]),
            new("b", ["YVMA"], new LinkPattern([RelationshipType.SensitiveTo], Direction.Outgoing), Via: new Reach.Closure(RelationshipType.MemberOf, Direction.Outgoing)),
        };
        var ids = branches.Select(b => sql.BindValue(JsonSerializer.Serialize(b.NodeIds))).ToList();
        var statement = SqliteNeighbourStatement.Build(sql, branches, ids);
        var plan = await _database.QueryPlanAsync(statement, sql.Parameters.ToDictionary(p => p.Key, p => p.Value));

        Assert.Contains(plan, line => line.Contains("ix_relationships_from", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("ix_relationships_to", StringComparison.Ordinal));
        // No table walked whole: relationships (w, r, t) and nodes (n) are all reached by index or primary key.
        Assert.DoesNotContain(plan, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^SCAN (w|r|t|n)\b") && !line.Contains("INDEX", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_ConcurrentReaders_SeeWholeWritesOnly()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);
        var nodes = Enumerable.Range(0, 200).Select(i => TestGraph.Node($"node-{i:D3}", NodeKind.Publication, $"paper {i}")).ToList();

        var write = store.WriteAsync(GraphWrite.Upsert(nodes, [], TestGraph.Curator(1)), CancellationToken.None);
        var counts = new List<int>();
        while (!write.IsCompleted)
        {
            counts.Add((await store.GetStatisticsAsync(CancellationToken.None)).NodeCounts[NodeKind.Publication]);
        }

        await write;
        Assert.All(counts, count => Assert.True(count is 0 or 200, $"a reader saw {count} of 200 nodes"));
        Assert.Equal(200, (await store.GetStatisticsAsync(CancellationToken.None)).NodeCounts[NodeKind.Publication]);
    }

    public void Dispose() => _database.Dispose();

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
