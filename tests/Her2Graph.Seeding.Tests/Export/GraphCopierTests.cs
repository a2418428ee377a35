using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>Copying a whole graph between stores: identical content, a graph id of its own, resumable, never over other data.</summary>
public sealed class GraphCopierTests
{
    [Fact]
    public async Task Copy_SeededSqliteToEmptySqlite_CopiesEveryFieldAndKeepsTheTargetGraphId()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var target = await temp.EmptyAsync("target");
        var targetId = (await target.GetVersionAsync(CancellationToken.None)).GraphId;
        var progress = new SyncProgress(_ => { });

        var result = await GraphCopier.CopyAsync(source, target, progress, CancellationToken.None);

        await GraphComparison.AssertSameContentAsync(source, target);
        Assert.Equal(targetId, result.Target.GraphId);
        Assert.NotEqual(result.Source.GraphId, result.Target.GraphId);
        Assert.Equal(await source.GetVersionAsync(CancellationToken.None), result.Source);
        Assert.Equal(await target.GetVersionAsync(CancellationToken.None), result.Target);
        Assert.Equal(result.Batches, result.Target.Number);
        Assert.False(result.Resumed);
        var statistics = await source.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(statistics.NodeCounts.Values.Sum(), result.Nodes);
        Assert.Equal(statistics.RelationshipCounts.Values.Sum(), result.Relationships);
        Assert.Contains(progress.Reports, p => p.Stage == "write relationships" && p.Done == result.Relationships && p.Total == result.Relationships);
    }

    [Fact]
    public async Task Copy_Audit_IsStampedAsTheCopyInTheTarget()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var target = await temp.EmptyAsync("target");

        var result = await GraphCopier.CopyAsync(source, target, null, CancellationToken.None);

        var node = (await target.ListNodesAsync(new NodeListQuery(null, null, [], First: 1), CancellationToken.None)).Nodes[0].Node;
        Assert.Equal(GraphCopier.Actor, node.Audit?.CreatedBy);
        var changes = await target.GetChangesAsync(new ChangeQuery(0, 1), CancellationToken.None);
        Assert.Equal(GraphCopier.CommentFor(result.Source), changes[0].Comment);
    }

    [Fact]
    public async Task Copy_TargetWrittenByOthers_IsRefusedAndWritesNothing()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var target = await temp.SeededAsync("target");
        var before = await target.GetVersionAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<CopyRefusedException>(() => GraphCopier.CopyAsync(source, target, null, CancellationToken.None));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("writes by seed", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await target.GetVersionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Copy_SameStore_IsRefused()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");

        var error = await Assert.ThrowsAsync<CopyRefusedException>(() => GraphCopier.CopyAsync(source, source, null, CancellationToken.None));

        Assert.Contains("same graph", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_AfterAnInterruptedRun_ResumesToTheSameGraph()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var target = await temp.EmptyAsync("target");
        await InterruptAfterFirstBatchAsync(source, target);
        var partial = await target.GetStatisticsAsync(CancellationToken.None);
        Assert.Equal(GraphCopier.NodeBatchSize, partial.NodeCounts.Values.Sum());

        var result = await GraphCopier.CopyAsync(source, target, null, CancellationToken.None);

        Assert.True(result.Resumed);
        await GraphComparison.AssertSameContentAsync(source, target);
        // Version 1 is the interrupted run's batch; re-sending it changed nothing, so only the other batches bumped it.
        Assert.Equal(result.Batches, result.Target.Number);
    }

    [Fact]
    public async Task Copy_PartialCopyOfAnOlderSourceVersion_IsRefused()
    {
        using var temp = new TempStores();
        var source = await temp.SeededAsync("source");
        var target = await temp.EmptyAsync("target");
        await InterruptAfterFirstBatchAsync(source, target);
        var node = new GraphNode("gene-added-later", NodeKind.Gene, "added later", [], PropertyBag.Empty, new Provenance([], VerificationStatus.Unverified));
        await source.WriteAsync(GraphWrite.Upsert([node], [], new WriteContext("curator", DateTimeOffset.UnixEpoch)), CancellationToken.None);
        var before = await target.GetVersionAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<CopyRefusedException>(() => GraphCopier.CopyAsync(source, target, null, CancellationToken.None));

        Assert.Contains("the source changed since", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await target.GetVersionAsync(CancellationToken.None));
    }

    private static async Task InterruptAfterFirstBatchAsync(IGraphStore source, IGraphStore target)
    {
        using var stop = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == "write nodes") stop.Cancel();
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GraphCopier.CopyAsync(source, target, progress, stop.Token));
    }
}
