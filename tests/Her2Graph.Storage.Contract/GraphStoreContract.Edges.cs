using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

/// <summary>Boundary cases across operations: empty inputs, cursors with foreign values, overlapping deletes.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task ListNodes_LastWithoutCursor_ReturnsTheEndOfTheListing()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.Variant, null, [], Last: 2), None);

        Assert.Equal([S310F, Amplification], page.Nodes.Select(n => n.Node.Id));
        Assert.True(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
    }

    [SkippableFact]
    public async Task ListNodes_InOnNumbersAndOrdinalTextComparison_Match()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([S310F], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.In, new List<int> { 8, 9 }))));
        Assert.Equal([S310F, Amplification], await ListIdsAsync(store, Query(NodeKind.Variant, Where(NodeFields.Id, FilterOperator.GreaterThan, "ERBB2:H"))));
    }

    [SkippableFact]
    public async Task ListNodes_UnknownProperty_MatchesNothingAndItsNegationEverything()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Empty(await ListIdsAsync(store, Query(NodeKind.Drug, Where("noSuchProperty", FilterOperator.Equal, "x"))));
        Assert.Equal(3, (await store.ListNodesAsync(Query(NodeKind.Drug, new NodeFilter.Negate(Where("noSuchProperty", FilterOperator.Equal, "x"))), None)).TotalCount);
    }

    [SkippableFact]
    public async Task ListNodes_CursorWithForeignValue_ThrowsInvalidCursor()
    {
        var store = await CreateSeededStoreAsync();
        var forged = new KeysetCursor(KeysetCursor.Signature([NodeOrder.ByName]), [new JsonObject { ["x"] = 1 }], Tdxd).Encode();

        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListNodesAsync(new NodeListQuery(null, null, [], First: 2, After: forged), None));
    }

    [SkippableFact]
    public async Task ListNodes_EmptyStore_ReturnsAnEmptyPage()
    {
        var store = await CreateStoreAsync();

        var page = await store.ListNodesAsync(new NodeListQuery(null, null, [], First: 10), None);

        Assert.Empty(page.Nodes);
        Assert.Equal(0, page.TotalCount);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [SkippableFact]
    public async Task GetChanges_EmptyStore_ReturnsNothing()
    {
        var store = await CreateStoreAsync();

        Assert.Empty(await store.GetChangesAsync(new ChangeQuery(0, 100), None));
    }

    [SkippableFact]
    public async Task FindPaths_SameStartAndEnd_ReturnsEmpty()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Empty(await store.FindPathsAsync(new PathQuery(Erbb2, Erbb2, 3, null, 10), None));
    }

    [SkippableFact]
    public async Task Write_NodeAndOneOfItsRelationshipsDeleted_CountsTheRelationshipOnce()
    {
        var store = await CreateSeededStoreAsync();
        var targets = new RelationshipKey(RelationshipType.Targets, Tdxd, Erbb2, "");

        var result = await store.WriteAsync(new GraphWrite([], [], [Tdxd], [targets], Curator(1)), None);

        Assert.Equal(new WriteCounts(0, 0, 0, RelationshipsAt(Tdxd)), result.Relationships);
        Assert.Equal(RelationshipsAt(Tdxd) + 1, (await store.GetChangesAsync(new ChangeQuery(1, 100), None)).Count);
    }
}
