using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>
/// Cancelling the caller's token stops a running statement (sqlite3_interrupt): SqliteCommand.Cancel() does nothing in
/// Microsoft.Data.Sqlite, and its async methods do not look at the token while a statement runs.
/// </summary>
public sealed class SqliteInterruptTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task FindPaths_TokenCancelledMidStatement_IsInterrupted()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        await store.WriteAsync(CompleteGraph(26), CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // Minutes of work uninterrupted (24^5 walks of 6 hops): without the interrupt this returns paths, and fails.
        var failure = await Record.ExceptionAsync(() => store.FindPathsAsync(new PathQuery("n00", "n01", PathQuery.MaxHopsLimit, null, 100), cancel.Token));

        var interrupted = Assert.IsType<SqliteException>(failure);
        Assert.Equal(9, interrupted.SqliteErrorCode); // SQLITE_INTERRUPT
    }

    [Fact]
    public async Task Read_AfterAnInterruptedStatement_UsesAHealthyConnection()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        await store.WriteAsync(CompleteGraph(26), CancellationToken.None);
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
            await Record.ExceptionAsync(() => store.FindPathsAsync(new PathQuery("n00", "n01", PathQuery.MaxHopsLimit, null, 100), cancel.Token));

        // The pooled connection went back after its registration was removed: the next caller is not interrupted.
        var nodes = await store.GetNodesAsync(["n00", "n01"], CancellationToken.None);

        Assert.Equal(2, nodes.Count);
    }

    public void Dispose() => _database.Dispose();

    private static GraphWrite CompleteGraph(int size)
    {
        var nodes = Enumerable.Range(0, size).Select(i => TestGraph.Node($"n{i:D2}", NodeKind.Drug, $"drug {i}")).ToList();
        var relationships = new List<GraphRelationship>();
        for (var a = 0; a < size; a++)
        {
            for (var b = a + 1; b < size; b++) relationships.Add(TestGraph.Relationship(RelationshipType.Targets, $"n{a:D2}", $"n{b:D2}"));
        }

        return GraphWrite.Upsert(nodes, relationships, TestGraph.Seed);
    }
}
