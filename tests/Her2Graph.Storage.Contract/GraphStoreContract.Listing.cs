using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task ListNodes_ByKind_ReturnsThatKindByNameWithTotalCount()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.ListNodesAsync(Query(NodeKind.Drug), None);

        Assert.Equal([Poziotinib, Tdxd, Zongertinib], page.Nodes.Select(n => n.Node.Id));
        Assert.Equal(3, page.TotalCount);
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [SkippableFact]
    public async Task ListNodes_NoKind_ListsEveryNodeInOrdinalNameOrder()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.ListNodesAsync(Query(null), None);

        Assert.Equal(Nodes.Count, page.TotalCount);
        Assert.Equal(Nodes.Select(n => n.Name).Order(StringComparer.Ordinal), page.Nodes.Select(n => n.Node.Name));
    }

    [SkippableFact]
    public async Task ListNodes_EqualOnProperty_MatchesExactly()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Poziotinib, Zongertinib], await ListIdsAsync(store, Query(NodeKind.Drug, Where("drugClass", FilterOperator.Equal, "TKI"))));
        Assert.Empty(await ListIdsAsync(store, Query(NodeKind.Drug, Where("drugClass", FilterOperator.Equal, "tki"))));
    }

    [SkippableFact]
    public async Task ListNodes_InOnId_MatchesAnyListedValue()
    {
        var store = await CreateSeededStoreAsync();

        var ids = await ListIdsAsync(store, Query(null, Where(NodeFields.Id, FilterOperator.In, new[] { Zongertinib, Erbb2, "no such node" })));

        Assert.Equal([Erbb2, Zongertinib], ids);
    }

    [SkippableFact]
    public async Task ListNodes_ContainsOnName_IgnoresCase()
    {
        var store = await CreateSeededStoreAsync();

        var ids = await ListIdsAsync(store, Query(NodeKind.Variant, Where(NodeFields.Name, FilterOperator.Contains, "g776")));

        Assert.Equal([Yvma, G776], ids);
    }

    [SkippableFact]
    public async Task ListNodes_StartsWithOnAliases_MatchesAnyAliasIgnoringCase()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(null, Where(NodeFields.Aliases, FilterOperator.StartsWith, "enh"))));
        Assert.Empty(await ListIdsAsync(store, Query(null, Where(NodeFields.Aliases, FilterOperator.StartsWith, "hertu"))));
    }

    [SkippableFact]
    public async Task ListNodes_ContainsOnTextList_MatchesAnyElement()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Erbb2], await ListIdsAsync(store, Query(null, Where("prevalence", FilterOperator.Contains, "AMPLIFICATION IN"))));
    }

    [SkippableFact]
    public async Task ListNodes_NumericComparisons_CompareNumbersNumerically()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Yvma, G776], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.GreaterThan, 9))));
        Assert.Equal([Yvma, G776, S310F], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.GreaterThanOrEqual, 8))));
        Assert.Equal([S310F], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.LessThan, 20))));
        Assert.Equal([Yvma, G776, S310F], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.LessThanOrEqual, 20.0))));
        Assert.Equal([Yvma, G776], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.Equal, 20))));
    }

    [SkippableFact]
    public async Task ListNodes_StatusFilter_UsesWireNames()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(null, Where(NodeFields.Status, FilterOperator.Equal, "FROM_KNOWLEDGE"))));
        Assert.Equal([Amplification], await ListIdsAsync(store, Query(null, Where(NodeFields.Status, FilterOperator.Equal, "UNVERIFIED"))));
    }

    [SkippableFact]
    public async Task ListNodes_AllOfAnyOfNegate_Combine()
    {
        var store = await CreateSeededStoreAsync();

        var allOf = new NodeFilter.AllOf([Where("exon", FilterOperator.Equal, 20), Where("alterationType", FilterOperator.Equal, "insertion")]);
        var anyOf = new NodeFilter.AnyOf([Where("drugClass", FilterOperator.Equal, "ADC"), Where(NodeFields.Name, FilterOperator.StartsWith, "ZON")]);
        var negate = new NodeFilter.Negate(Where("drugClass", FilterOperator.Equal, "TKI"));

        Assert.Equal([Yvma], await ListIdsAsync(store, Query(NodeKind.Variant, allOf)));
        Assert.Equal([Tdxd, Zongertinib], await ListIdsAsync(store, Query(NodeKind.Drug, anyOf)));
        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, negate)));
    }

    [SkippableFact]
    public async Task ListNodes_NegateOnMissingProperty_MatchesNodesWithoutIt()
    {
        var store = await CreateSeededStoreAsync();

        var lacking = await ListIdsAsync(store, Query(NodeKind.Variant, new NodeFilter.Negate(Where("exon", FilterOperator.GreaterThan, 0))));
        var matching = await ListIdsAsync(store, Query(NodeKind.Variant, Where("payload", FilterOperator.Equal, "DXd")));

        Assert.Equal([Amplification], lacking);
        Assert.Empty(matching);
    }

    [SkippableFact]
    public async Task ListNodes_OrderByIdDescending_ReversesIds()
    {
        var store = await CreateSeededStoreAsync();

        var ids = await ListIdsAsync(store, Query(NodeKind.Drug, null, new NodeOrder(NodeFields.Id, SortDirection.Descending)));

        Assert.Equal([Zongertinib, Tdxd, Poziotinib], ids);
    }

    [SkippableFact]
    public async Task ListNodes_OrderByNameDescending_ReversesNames()
    {
        var store = await CreateSeededStoreAsync();

        var ids = await ListIdsAsync(store, Query(NodeKind.Variant, null, new NodeOrder(NodeFields.Name, SortDirection.Descending)));

        Assert.Equal([Amplification, S310F, G776, Yvma], ids);
    }

    [SkippableFact]
    public async Task ListNodes_OrderByNumericProperty_SortsNumericallyWithMissingLastBothWays()
    {
        var store = await CreateSeededStoreAsync();

        var ascending = await ListIdsAsync(store, Query(NodeKind.Variant, null, new NodeOrder("exon")));
        var descending = await ListIdsAsync(store, Query(NodeKind.Variant, null, new NodeOrder("exon", SortDirection.Descending)));

        Assert.Equal([S310F, Yvma, G776, Amplification], ascending);
        Assert.Equal([Yvma, G776, S310F, Amplification], descending);
    }
}
