using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task ListNodes_PagingForward_VisitsEveryNodeOnceWithExactPageFlags()
    {
        var store = await CreateSeededStoreAsync();
        var all = await ListIdsAsync(store, Query(null));

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await store.ListNodesAsync(new NodeListQuery(null, null, [], First: 5, After: after), None);
            Assert.Equal(pages > 0, page.HasPreviousPage);
            Assert.Equal(all.Count, page.TotalCount);
            seen.AddRange(page.Nodes.Select(n => n.Node.Id));
            pages++;
            if (!page.HasNextPage) break;
            after = page.Nodes[^1].Cursor;
        }

        Assert.Equal(all, seen);
        Assert.Equal((all.Count + 4) / 5, pages);
    }

    [SkippableFact]
    public async Task ListNodes_PagingBackward_VisitsEveryNodeOnceWithExactPageFlags()
    {
        var store = await CreateSeededStoreAsync();
        var all = await ListIdsAsync(store, Query(null));

        var seen = new List<string>();
        string? before = null;
        var pages = 0;
        while (true)
        {
            var page = await store.ListNodesAsync(new NodeListQuery(null, null, [], Last: 5, Before: before), None);
            Assert.Equal(pages > 0, page.HasNextPage);
            seen.InsertRange(0, page.Nodes.Select(n => n.Node.Id));
            pages++;
            if (!page.HasPreviousPage) break;
            before = page.Nodes[0].Cursor;
        }

        Assert.Equal(all, seen);
        Assert.Equal((all.Count + 4) / 5, pages);
    }

    [SkippableFact]
    public async Task ListNodes_PagingOnPropertyWithMissingValues_WalksTheSameOrderBothWays()
    {
        var store = await CreateSeededStoreAsync();
        NodeOrder[] order = [new("exon", SortDirection.Descending)];
        var all = await ListIdsAsync(store, new NodeListQuery(NodeKind.Variant, null, order));

        var forward = new List<string>();
        string? after = null;
        for (var i = 0; i < all.Count; i++)
        {
            var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.Variant, null, order, First: 1, After: after), None);
            forward.Add(Assert.Single(page.Nodes).Node.Id);
            Assert.Equal(i < all.Count - 1, page.HasNextPage);
            after = page.Nodes[0].Cursor;
        }

        var backward = new List<string>();
        string? before = null;
        for (var i = 0; i < all.Count; i++)
        {
            var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.Variant, null, order, Last: 1, Before: before), None);
            backward.Insert(0, Assert.Single(page.Nodes).Node.Id);
            Assert.Equal(i < all.Count - 1, page.HasPreviousPage);
            before = page.Nodes[0].Cursor;
        }

        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [SkippableFact]
    public async Task ListNodes_NodesInsertedBeforeCursor_DoNotShiftTheNextPage()
    {
        var store = await CreateSeededStoreAsync();
        var first = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, [], First: 2), None);
        Assert.Equal([Poziotinib, Tdxd], first.Nodes.Select(n => n.Node.Id));

        await store.WriteAsync(GraphWrite.Upsert([Node("afatinib", NodeKind.Drug, "afatinib"), Node("neratinib", NodeKind.Drug, "neratinib")], [], Curator(1)), None);
        var second = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, [], First: 2, After: first.Nodes[^1].Cursor), None);

        Assert.Equal([Zongertinib], second.Nodes.Select(n => n.Node.Id));
        Assert.True(second.HasPreviousPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(5, second.TotalCount);
    }

    [SkippableFact]
    public async Task ListNodes_AfterAndBeforeCursors_ReturnTheNodesBetween()
    {
        var store = await CreateSeededStoreAsync();
        var all = await store.ListNodesAsync(Query(NodeKind.Variant), None);

        var between = await store.ListNodesAsync(
            new NodeListQuery(NodeKind.Variant, null, [], After: all.Nodes[0].Cursor, Before: all.Nodes[3].Cursor), None);

        Assert.Equal(all.Nodes.Skip(1).Take(2).Select(n => n.Node.Id), between.Nodes.Select(n => n.Node.Id));
        Assert.True(between.HasPreviousPage);
        Assert.True(between.HasNextPage);
    }

    [SkippableFact]
    public async Task ListNodes_FirstPage_HasNextButNoPrevious()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.Variant, null, [], First: 2), None);

        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(4, page.TotalCount);
    }

    [SkippableFact]
    public async Task ListNodes_MalformedCursor_ThrowsInvalidCursor()
    {
        var store = await CreateSeededStoreAsync();

        await Assert.ThrowsAsync<InvalidCursorException>(
            () => store.ListNodesAsync(new NodeListQuery(null, null, [], First: 2, After: "not-a-cursor"), None));
    }

    [SkippableFact]
    public async Task ListNodes_CursorOfAnotherOrder_ThrowsInvalidCursor()
    {
        var store = await CreateSeededStoreAsync();
        var page = await store.ListNodesAsync(new NodeListQuery(null, null, [], First: 2), None);

        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListNodesAsync(
            new NodeListQuery(null, null, [new NodeOrder(NodeFields.Id)], First: 2, After: page.Nodes[^1].Cursor), None));
    }
}
