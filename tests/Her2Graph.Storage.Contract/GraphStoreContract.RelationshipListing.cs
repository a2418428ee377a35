using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Domain.Graph.RelationshipType;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// The relationship listing behind the evidence list: rows of chosen types with both end nodes, filtered on the
/// relationship (<see cref="FilterScope.Relationship"/>) and each end (<see cref="FilterScope.From"/>,
/// <see cref="FilterScope.To"/>, links of an end), ordered on any of them or on the end of a kind (nulls last both
/// ways, the relationship key last), keyset-paged both ways, with aggregates and facets over every match.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly string[] ResistanceEvidence = ["CLINICAL_AT_PROGRESSION", "PRECLINICAL"], TkiOnly = ["TKI"];

    private static readonly RelationshipType[] Figures = [HasArm, HasAdverseEvent, Approves, SensitiveTo, ResistantTo, ConfersResistanceTo, OvercomeBy];

    [SkippableFact]
    public async Task ListRelationships_OfTypes_GivesEachWithBothEndsByTypeThenKey()
    {
        var store = await CreateSeededStoreAsync();

        var page = await store.ListRelationshipsAsync(new RelationshipListQuery([HasArm, HasAdverseEvent], null, []), None);
        var every = await store.ListRelationshipsAsync(new RelationshipListQuery([], null, [], First: 1), None);

        var expected = Relationships.Where(r => r.Type is HasArm or HasAdverseEvent)
            .OrderBy(r => r.Type.ToWireName(), StringComparer.Ordinal).ThenBy(r => r.Key.ToString(), StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Select(r => r.Key), page.Rows.Select(r => r.Relationship.Key));
        Assert.All(page.Rows, row =>
        {
            Assert.Equal(RelationshipByKey(row.Relationship.Type, row.Relationship.FromId, row.Relationship.ToId, row.Relationship.Qualifier), row.Relationship);
            Assert.Equal(NodeById(row.Relationship.FromId), row.From);
            Assert.Equal(NodeById(row.Relationship.ToId), row.To);
        });
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.False(page.HasNextPage || page.HasPreviousPage);
        Assert.Equal(Relationships.Count, every.TotalCount);
        Assert.True(every.HasNextPage);
    }

    [SkippableFact]
    public async Task ListRelationships_RelationshipConditions_CompareFiguresStatusAndReferences()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([$"{Arm}>{Ild}"], await RowsAsync(store, [HasAdverseEvent], OnEdge("n", FilterOperator.GreaterThanOrEqual, 95)));
        Assert.Equal([$"{ZenithArm}>{Diarrhea}"], await RowsAsync(store, [HasAdverseEvent], OnEdge("n", FilterOperator.IsNull, true)));
        Assert.Equal(
            [$"{Arm}>{Ild}", $"{Yvma}>{Tdxd}"],
            await RowsAsync(store, Figures, OnEdge(RelationshipFields.Status, FilterOperator.Equal, "FROM_KNOWLEDGE")));
        Assert.Equal([$"{Yvma}>{Tdxd}"], await RowsAsync(store, Figures, OnEdge("arm", FilterOperator.Equal, Arm)));
        Assert.Equal(
            [$"{Pi3kActivation}>{Poziotinib}", $"{Pi3kActivation}>{Zongertinib}"],
            await RowsAsync(store, Figures, OnEdge("evidenceFrom", FilterOperator.In, ResistanceEvidence)));
    }

    [SkippableFact]
    public async Task ListRelationships_EndConditions_CompareEachEndAndItsLinks()
    {
        var store = await CreateSeededStoreAsync();
        var armsFirst = OnEnd(FilterScope.From, NodeFields.Kind, FilterOperator.Equal, "TrialArm");
        var goodArm = OnEnd(FilterScope.From, "orrPercent", FilterOperator.GreaterThan, 40);
        var tki = OnEnd(FilterScope.To, "drugClass", FilterOperator.In, TkiOnly);
        var approved = new NodeFilter.Linked(Walk(Direction.Incoming, Approves), FilterOperator.GreaterThanOrEqual, 1, FilterScope.To);

        Assert.Equal([$"{ZenithArm}>{Diarrhea}", $"{Lung01Arm}>{Ild}", $"{Arm}>{Ild}"], await RowsAsync(store, [HasArm, HasAdverseEvent], armsFirst));
        Assert.Equal([$"{Lung01Arm}>{Ild}", $"{Arm}>{Ild}"], await RowsAsync(store, [HasArm, HasAdverseEvent], goodArm));
        Assert.Equal(
            [$"{Pi3kActivation}>{Poziotinib}", $"{Pi3kActivation}>{Zongertinib}", $"{Yvma}>{Poziotinib}"],
            await RowsAsync(store, Figures, tki));
        Assert.Equal([$"{Yvma}>{Poziotinib}"], await RowsAsync(store, [SensitiveTo], new NodeFilter.Negate(OnEnd(FilterScope.To, "drugClass", FilterOperator.Equal, "ADC"))));
        Assert.Equal([$"{Approval}>{Tdxd}", $"{Yvma}>{Tdxd}", $"{Yvma}>{Tdxd}"], await RowsAsync(store, Figures, OnEnd(FilterScope.To, NodeFields.Aliases, FilterOperator.Contains, "t-dx")));
        Assert.Equal([$"{Approval}>{Tdxd}", $"{Yvma}>{Tdxd}", $"{Yvma}>{Tdxd}"], await RowsAsync(store, Figures, approved));
        Assert.Equal([$"{Yvma}>{Tdxd}", $"{Yvma}>{Tdxd}"], await RowsAsync(store, [SensitiveTo], new NodeFilter.AllOf([approved, OnEnd(FilterScope.From, NodeFields.Name, FilterOperator.StartsWith, "erbb2 a775")])));
        Assert.Empty(await RowsAsync(store, [SensitiveTo], new NodeFilter.Linked(Walk(Direction.Outgoing, MemberOf), FilterOperator.Equal, 0, FilterScope.From)));
    }

    [SkippableFact]
    public async Task ListRelationships_OrderOnTheEndOfAKind_SortsBothWaysWithMissingValuesLast()
    {
        var store = await CreateSeededStoreAsync();
        RelationshipType[] types = [HasArm, HasAdverseEvent, Approves];

        foreach (var direction in new[] { SortDirection.Ascending, SortDirection.Descending })
        {
            var page = await store.ListRelationshipsAsync(new RelationshipListQuery(types, null, [NodeOrder.AtEnd(NodeKind.TrialArm, "orrPercent", direction)]), None);

            var expected = Relationships.Where(r => types.Contains(r.Type)).Select(r => (r.Key, Orr: ArmOrr(r)))
                .OrderBy(r => r.Orr is null)
                .ThenBy(r => direction == SortDirection.Ascending ? r.Orr : -r.Orr)
                .ThenBy(r => r.Key.ToString(), StringComparer.Ordinal)
                .Select(r => r.Key);
            Assert.Equal(expected, page.Rows.Select(r => r.Relationship.Key));
            Assert.Equal(Approves, page.Rows[^1].Relationship.Type);
        }
    }

    [SkippableFact]
    public async Task ListRelationships_OrderOnRelationshipAndEndFields_BreaksTiesByKey()
    {
        var store = await CreateSeededStoreAsync();

        var byIncidence = await store.ListRelationshipsAsync(
            new RelationshipListQuery([HasAdverseEvent], null, [new NodeOrder("n", SortDirection.Descending, FilterScope.Relationship)]), None);
        var byDrug = await store.ListRelationshipsAsync(
            new RelationshipListQuery([SensitiveTo], null, [new NodeOrder(NodeFields.Name, SortDirection.Descending, FilterScope.To), new NodeOrder(NodeFields.Id, Scope: FilterScope.From)]), None);

        Assert.Equal([Arm, Lung01Arm, ZenithArm], byIncidence.Rows.Select(r => r.From.Id));
        Assert.Equal([Tdxd, Tdxd, Poziotinib], byDrug.Rows.Select(r => r.To.Id));
        Assert.Equal([Lung01Qualifier, Lung02Qualifier], byDrug.Rows.Take(2).Select(r => r.Relationship.Qualifier));
    }

    [SkippableFact]
    public async Task ListRelationships_PagingBothWays_VisitsEveryRowOnceWithExactFlags()
    {
        var store = await CreateSeededStoreAsync();
        NodeOrder[] order = [NodeOrder.AtEnd(NodeKind.TrialArm, "orrPercent", SortDirection.Descending)];
        var all = (await store.ListRelationshipsAsync(new RelationshipListQuery(Figures, null, order), None)).Rows.Select(r => r.Relationship.Key).ToList();

        var forward = new List<RelationshipKey>();
        string? after = null;
        for (var pages = 0; ; pages++)
        {
            var page = await store.ListRelationshipsAsync(new RelationshipListQuery(Figures, null, order, First: 3, After: after), None);
            Assert.Equal(pages > 0, page.HasPreviousPage);
            Assert.Equal(all.Count, page.TotalCount);
            forward.AddRange(page.Rows.Select(r => r.Relationship.Key));
            if (!page.HasNextPage) break;
            after = page.Rows[^1].Cursor;
        }

        var backward = new List<RelationshipKey>();
        string? before = null;
        for (var pages = 0; ; pages++)
        {
            var page = await store.ListRelationshipsAsync(new RelationshipListQuery(Figures, null, order, Last: 3, Before: before), None);
            Assert.Equal(pages > 0, page.HasNextPage);
            backward.InsertRange(0, page.Rows.Select(r => r.Relationship.Key));
            if (!page.HasPreviousPage) break;
            before = page.Rows[0].Cursor;
        }

        Assert.Equal(Relationships.Count(r => Figures.Contains(r.Type)), all.Count);
        Assert.Equal(all, forward);
        Assert.Equal(all, backward);
    }

    [SkippableFact]
    public async Task ListRelationships_RowsAddedBeforeTheCursor_DoNotShiftTheNextPage()
    {
        var store = await CreateSeededStoreAsync();
        var first = await store.ListRelationshipsAsync(new RelationshipListQuery([HasArm], null, [], First: 2), None);
        Assert.Equal([Zenith20, Lung01], first.Rows.Select(r => r.From.Id));

        const string early = "NCT00000001", earlyArm = "NCT00000001: cohort 1";
        await store.WriteAsync(GraphWrite.Upsert(
            [Node(early, NodeKind.Trial, "an early trial"), Node(earlyArm, NodeKind.TrialArm, "an early trial, cohort 1")],
            [Relationship(HasArm, early, earlyArm)],
            Curator(1)), None);
        var second = await store.ListRelationshipsAsync(new RelationshipListQuery([HasArm], null, [], First: 2, After: first.Rows[^1].Cursor), None);

        Assert.Equal([Lung02], second.Rows.Select(r => r.From.Id));
        Assert.True(second.HasPreviousPage);
        Assert.False(second.HasNextPage);
        Assert.Equal(4, second.TotalCount);
    }

    [SkippableFact]
    public async Task ListRelationships_Aggregates_CoverEveryMatchingRowOnEachScope()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef orr = FieldRef.AtEnd(NodeKind.TrialArm, "orrPercent"), n = new(FilterScope.Relationship, "n"),
            type = new(FilterScope.Relationship, RelationshipFields.Type), status = new(FilterScope.Relationship, RelationshipFields.Status),
            fromKind = new(FilterScope.From, NodeFields.Kind), toKind = new(FilterScope.To, NodeFields.Kind), analysis = FieldRef.AtEnd(NodeKind.TrialArm, "analysis");

        var page = await store.ListRelationshipsAsync(
            new RelationshipListQuery([HasArm, HasAdverseEvent], null, [], First: 1, Aggregate: new([orr, n], [type, status, fromKind, toKind, analysis])), None);

        Assert.Single(page.Rows);
        var aggregates = Assert.IsType<Aggregates>(page.Aggregates);

        // Each arm twice: once as the end of HAS_ARM, once as the start of HAS_ADVERSE_EVENT.
        AssertSummary(aggregates.Numbers[0], 6, 27.8, 55, 263.6 / 6, 49, 263.6);
        AssertSummary(aggregates.Numbers[1], 2, 91, 101, 96, 96, 192);
        Assert.Equal(["HAS_ADVERSE_EVENT=3", "HAS_ARM=3"], Counts(aggregates.Facets[0]));
        Assert.Equal(["VERIFIED=5", "FROM_KNOWLEDGE=1"], Counts(aggregates.Facets[1]));
        Assert.Equal(["Trial=3", "TrialArm=3"], Counts(aggregates.Facets[2]));
        Assert.Equal(["AdverseEvent=3", "TrialArm=3"], Counts(aggregates.Facets[3]));
        Assert.Equal(["PRIMARY=4"], Counts(aggregates.Facets[4]));
    }

    [SkippableFact]
    public async Task ListRelationships_Aggregates_FollowTheFilter()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef drugClass = FieldRef.AtEnd(NodeKind.Drug, "drugClass"), orr = FieldRef.AtEnd(NodeKind.TrialArm, "orrPercent");

        var sensitive = await store.ListRelationshipsAsync(new RelationshipListQuery([SensitiveTo], null, [], Aggregate: new([], [drugClass])), None);
        var goodArms = await store.ListRelationshipsAsync(
            new RelationshipListQuery([HasArm], OnEnd(FilterScope.To, "orrPercent", FilterOperator.GreaterThanOrEqual, 40), [], Aggregate: new([orr], [drugClass])), None);
        var unasked = await store.ListRelationshipsAsync(new RelationshipListQuery([HasArm], null, []), None);

        Assert.Equal(["ADC=2", "TKI=1"], Counts(sensitive.Aggregates!.Facets[0]));
        AssertSummary(goodArms.Aggregates!.Numbers[0], 2, 49, 55, 52, 52, 104);
        Assert.Empty(goodArms.Aggregates.Facets[0].Counts);
        Assert.Null(unasked.Aggregates);
    }

    [SkippableFact]
    public async Task ListRelationships_CursorOfANodeListing_ThrowsInvalidCursor()
    {
        var store = await CreateSeededStoreAsync();
        var nodes = await store.ListNodesAsync(new NodeListQuery(null, null, [], First: 1), None);

        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListRelationshipsAsync(
            new RelationshipListQuery([HasArm], null, [], First: 1, After: nodes.Nodes[0].Cursor), None));
        await Assert.ThrowsAsync<InvalidCursorException>(() => store.ListRelationshipsAsync(
            new RelationshipListQuery([HasArm], null, [], First: 1, Before: "not-a-cursor"), None));
    }

    private static NodeFilter.Compare OnEnd(FilterScope end, string field, FilterOperator op, object value) => Where(field, op, value) with { Scope = end };

    /// <summary>The orrPercent of the trial arm at either end, as the listing's end-of-kind key reads it.</summary>
    private static double? ArmOrr(GraphRelationship relationship) =>
        new[] { relationship.FromId, relationship.ToId }.Select(NodeById).FirstOrDefault(n => n.Kind == NodeKind.TrialArm)?.Properties.GetNumber("orrPercent");

    /// <summary>Rows as from&gt;to, in the default order (type, then key).</summary>
    private static async Task<List<string>> RowsAsync(IGraphStore store, RelationshipType[] types, NodeFilter filter) =>
        (await store.ListRelationshipsAsync(new RelationshipListQuery(types, filter, []), None)).Rows.Select(r => $"{r.From.Id}>{r.To.Id}").ToList();
}
