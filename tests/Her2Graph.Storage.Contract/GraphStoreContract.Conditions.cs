using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Domain.Graph.RelationshipType;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// Conditions and orders pushed down to the store: every operator on the far node and on the relationship walked,
/// links counted in filters and sort keys, several branches in one query, and branches walked from nodes reached first.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string KinaseDomain = "erbb2-kinase-domain";

    [SkippableFact]
    public async Task Branch_TextOperatorsOnRelationshipProperty_MatchAsOnNodes()
    {
        var store = await CreateSeededStoreAsync();
        var sensitive = Walk(Direction.Outgoing, SensitiveTo);

        Assert.Equal([Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge("arm", FilterOperator.Equal, Arm) }));
        Assert.Equal([Poziotinib, Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge("arm", FilterOperator.In, new[] { Arm, ZenithArm }) }));
        Assert.Equal([Poziotinib, Lung01Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge("arm", FilterOperator.Contains, "COHORT 2") }));
        Assert.Equal([Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge("arm", FilterOperator.StartsWith, "nct0464") }));

        // A text list on the relationship: any element matches.
        Assert.Equal([Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge("notes", FilterOperator.Contains, "APPROVED") }));
        Assert.Empty(await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge("arm", FilterOperator.Equal, Arm.ToUpperInvariant()) }));
    }

    [SkippableFact]
    public async Task Branch_RelationshipBuiltInFields_StatusTypeAndEvidenceLevelInWireForm()
    {
        var store = await CreateSeededStoreAsync();
        var sensitive = Walk(Direction.Outgoing, SensitiveTo);
        var outgoing = Walk(Direction.Outgoing);

        Assert.Equal([Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge(RelationshipFields.Status, FilterOperator.Equal, "FROM_KNOWLEDGE") }));
        Assert.Equal([Poziotinib, Lung01Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.Equal, "CLINICAL_TRIAL") }));
        Assert.Equal([Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.In, new List<string> { "RANDOMIZED_TRIAL", "GUIDELINE" }) }));
        Assert.Equal([Erbb2, Exon20], await EdgesAsync(store, Yvma, outgoing with { Where = OnEdge(RelationshipFields.Type, FilterOperator.In, new List<string> { "IN_GENE", "MEMBER_OF" }) }));
        Assert.Equal([Erbb2, Exon20], await EdgesAsync(store, Yvma, outgoing with { Where = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.IsNull, true) }));
        Assert.Equal([Poziotinib, Lung01Edge, Lung02Edge], await EdgesAsync(store, Yvma, outgoing with { Where = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.IsNull, false) }));
    }

    [SkippableFact]
    public async Task Branch_NumericOperatorsOnRelationshipProperty_CompareNumerically()
    {
        var store = await CreateSeededStoreAsync();
        var events = Walk(Direction.Incoming, HasAdverseEvent);

        Assert.Equal([Lung01Arm, Arm], await EdgesAsync(store, Ild, events));
        Assert.Equal([Lung01Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("anyGradePercent", FilterOperator.Equal, 26) }));
        Assert.Equal([Lung01Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("anyGradePercent", FilterOperator.GreaterThan, 12.9) }));
        Assert.Equal([Lung01Arm, Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("anyGradePercent", FilterOperator.GreaterThanOrEqual, 12.9) }));
        Assert.Equal([Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("anyGradePercent", FilterOperator.LessThan, 26) }));
        Assert.Equal([Lung01Arm, Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("anyGradePercent", FilterOperator.LessThanOrEqual, 26.0) }));
        Assert.Equal([Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("anyGradePercent", FilterOperator.In, new[] { 12.9, 82 }) }));
        Assert.Equal([Lung01Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("grade5Count", FilterOperator.GreaterThan, 0) }));
    }

    [SkippableFact]
    public async Task Branch_IsNullOnRelationshipProperty_TellsMissingFromPresent()
    {
        var store = await CreateSeededStoreAsync();
        var events = Walk(Direction.Incoming, HasAdverseEvent);

        Assert.Equal([Lung01Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("grade3To4Percent", FilterOperator.IsNull, true) }));
        Assert.Equal([Arm], await EdgesAsync(store, Ild, events with { Where = OnEdge("grade3To4Percent", FilterOperator.IsNull, false) }));
        Assert.Equal([Poziotinib, Lung01Edge], await EdgesAsync(store, Yvma, Walk(Direction.Outgoing, SensitiveTo) with { Where = OnEdge("notes", FilterOperator.IsNull, true) }));
    }

    [SkippableFact]
    public async Task Branch_OperatorsOnFarNode_MatchAsInListings()
    {
        var store = await CreateSeededStoreAsync();
        var variants = Walk(Direction.Incoming, InGene) with { Target = NodeKind.Variant };
        var genes = Walk(Direction.Incoming, InGene, Targets);

        Assert.Equal([Yvma, G776, S310F, Amplification], await EdgesAsync(store, Erbb2, variants));
        Assert.Equal([Yvma, G776], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.GreaterThan, 9) }));
        Assert.Equal([Yvma, G776, S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.GreaterThanOrEqual, 8) }));
        Assert.Equal([S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.LessThan, 20) }));
        Assert.Equal([S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.LessThanOrEqual, 8.0) }));
        Assert.Equal([Yvma, G776], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.Equal, 20) }));
        Assert.Equal([S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.In, new List<int> { 8, 9 }) }));
        Assert.Equal([Amplification], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.IsNull, true) }));
        Assert.Equal([Yvma, G776, S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where("exon", FilterOperator.IsNull, false) }));
        Assert.Equal([Yvma, G776], await EdgesAsync(store, Erbb2, variants with { Where = Where(NodeFields.Name, FilterOperator.Contains, "g776") }));
        Assert.Equal([S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where(NodeFields.Name, FilterOperator.StartsWith, "erbb2 s") }));
        Assert.Equal([Yvma], await EdgesAsync(store, Erbb2, variants with { Where = Where(NodeFields.Aliases, FilterOperator.Equal, "YVMA") }));
        Assert.Equal([S310F], await EdgesAsync(store, Erbb2, variants with { Where = Where(NodeFields.Aliases, FilterOperator.IsNull, true) }));
        Assert.Equal([Amplification], await EdgesAsync(store, Erbb2, variants with { Where = Where(NodeFields.Status, FilterOperator.Equal, "UNVERIFIED") }));
        Assert.Equal([G776, Tdxd], await EdgesAsync(store, Erbb2, genes with { Where = Where(NodeFields.Id, FilterOperator.In, new[] { G776, Tdxd, Egfr }) }));
        Assert.Equal([Tdxd], await EdgesAsync(store, Erbb2, genes with { Where = Where(NodeFields.Aliases, FilterOperator.StartsWith, "t-d") }));
        Assert.Equal([Poziotinib, Tdxd, Zongertinib], await EdgesAsync(store, Erbb2, genes with { Where = Where(NodeFields.Kind, FilterOperator.Equal, "Drug") }));
        Assert.Equal([Poziotinib, Tdxd, Zongertinib], await EdgesAsync(store, Erbb2, genes with { Target = NodeKind.Drug }));
        Assert.Equal([Poziotinib, Zongertinib], await EdgesAsync(store, Erbb2, genes with { Where = Where("drugClass", FilterOperator.Equal, "TKI") }));
    }

    [SkippableFact]
    public async Task Branch_AllOfAnyOfNegate_CombineBothScopes()
    {
        var store = await CreateSeededStoreAsync();
        var sensitive = Walk(Direction.Outgoing, SensitiveTo);
        var clinical = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.Equal, "CLINICAL_TRIAL");

        Assert.Equal([Lung01Edge], await EdgesAsync(store, Yvma, sensitive with { Where = new NodeFilter.AllOf([clinical, Where("drugClass", FilterOperator.Equal, "ADC")]) }));
        Assert.Equal([Poziotinib, Lung02Edge], await EdgesAsync(store, Yvma, sensitive with
        {
            Where = new NodeFilter.AnyOf([OnEdge(RelationshipFields.Status, FilterOperator.Equal, "FROM_KNOWLEDGE"), Where("drugClass", FilterOperator.Equal, "TKI")]),
        }));
        Assert.Equal([Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = new NodeFilter.Negate(clinical) }));

        // A relationship without the property does not match the comparison, so it matches its negation.
        Assert.Equal([Poziotinib, Lung01Edge], await EdgesAsync(store, Yvma, sensitive with { Where = new NodeFilter.Negate(OnEdge("notes", FilterOperator.Contains, "approved")) }));
        Assert.Equal([Poziotinib, Lung01Edge, Lung02Edge], await EdgesAsync(store, Yvma, sensitive with { Where = new NodeFilter.AllOf([]) }));
        Assert.Empty(await EdgesAsync(store, Yvma, sensitive with { Where = new NodeFilter.AnyOf([]) }));
    }

    [SkippableFact]
    public async Task Branch_LinkedOnFarNode_CountsItsLinks()
    {
        var store = await CreateSeededStoreAsync();
        var drugs = Walk(Direction.Incoming, Targets);
        var approved = Walk(Direction.Incoming, Approves);
        var arms = Walk(Direction.Incoming, Evaluates);

        Assert.Equal([Tdxd], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(approved, FilterOperator.GreaterThanOrEqual, 1) }));
        Assert.Equal([Poziotinib, Zongertinib], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(approved, FilterOperator.Equal, 0) }));
        Assert.Equal([Poziotinib], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(arms, FilterOperator.Equal, 1) }));
        Assert.Equal([Tdxd], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(arms, FilterOperator.GreaterThan, 1) }));
        Assert.Equal([Poziotinib, Zongertinib], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(arms, FilterOperator.LessThan, 2) }));
        Assert.Equal([Zongertinib], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(arms, FilterOperator.LessThanOrEqual, 0) }));
        Assert.Equal([Tdxd], await EdgesAsync(store, Erbb2, drugs with { Where = new NodeFilter.Linked(arms, FilterOperator.GreaterThanOrEqual, 2) }));
    }

    [SkippableFact]
    public async Task ListNodes_Linked_SomeNoneAndCountComparisons()
    {
        var store = await CreateSeededStoreAsync();
        var approved = Walk(Direction.Incoming, Approves);
        var arms = Walk(Direction.Incoming, Evaluates);

        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(approved, FilterOperator.GreaterThanOrEqual, 1))));
        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(approved, FilterOperator.GreaterThan, 0))));
        Assert.Equal([Poziotinib, Zongertinib], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(approved, FilterOperator.Equal, 0))));
        Assert.Equal([Poziotinib, Zongertinib], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(approved, FilterOperator.LessThan, 1))));
        Assert.Equal([Poziotinib, Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(arms, FilterOperator.GreaterThanOrEqual, 1))));
        Assert.Equal([Poziotinib], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(arms, FilterOperator.Equal, 1))));
        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(arms, FilterOperator.GreaterThan, 1))));
        Assert.Equal([Poziotinib, Zongertinib], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(arms, FilterOperator.LessThanOrEqual, 1))));

        // Either way and to a kind: genes linked to at least two drugs.
        var drugLinks = Walk(Direction.Both) with { Target = NodeKind.Drug };
        Assert.Equal([Erbb2], await ListIdsAsync(store, Query(NodeKind.Gene, new NodeFilter.Linked(drugLinks, FilterOperator.GreaterThanOrEqual, 2))));
        Assert.Equal([Egfr, Erbb2], await ListIdsAsync(store, Query(NodeKind.Gene, new NodeFilter.Negate(new NodeFilter.Linked(drugLinks, FilterOperator.Equal, 0)))));
    }

    [SkippableFact]
    public async Task ListNodes_LinkedWithConditions_ApplyToTheLinkAndNest()
    {
        var store = await CreateSeededStoreAsync();

        // Drugs with an arm of ORR >= 50%, with a randomized-trial sensitivity, and variants sensitive to an approved drug.
        var goodArm = Walk(Direction.Incoming, Evaluates) with { Target = NodeKind.TrialArm, Where = Where("orrPercent", FilterOperator.GreaterThanOrEqual, 50) };
        var randomized = Walk(Direction.Incoming, SensitiveTo) with { Where = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.Equal, "RANDOMIZED_TRIAL") };
        var toApprovedDrug = Walk(Direction.Outgoing, SensitiveTo) with
        {
            Where = new NodeFilter.Linked(Walk(Direction.Incoming, Approves), FilterOperator.GreaterThanOrEqual, 1),
        };

        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(goodArm, FilterOperator.GreaterThanOrEqual, 1))));
        Assert.Equal([Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, new NodeFilter.Linked(randomized, FilterOperator.GreaterThanOrEqual, 1))));
        Assert.Equal([Yvma], await ListIdsAsync(store, Query(NodeKind.Variant, new NodeFilter.Linked(toApprovedDrug, FilterOperator.GreaterThanOrEqual, 1))));
        Assert.Equal([G776, S310F, Amplification], await ListIdsAsync(store, Query(NodeKind.Variant, new NodeFilter.Linked(toApprovedDrug, FilterOperator.Equal, 0))));
        Assert.Equal([Yvma], await ListIdsAsync(store, Query(NodeKind.Variant, new NodeFilter.AllOf(
        [
            Where("exon", FilterOperator.Equal, 20),
            new NodeFilter.Linked(Walk(Direction.Outgoing, SensitiveTo) with { Where = Where("drugClass", FilterOperator.Equal, "ADC") }, FilterOperator.Equal, 2),
        ]))));
    }

    [SkippableFact]
    public async Task ListNodes_IsNull_TellsMissingFromPresent()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Amplification], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.IsNull, true))));
        Assert.Equal([Yvma, G776, S310F], await ListIdsAsync(store, Query(NodeKind.Variant, Where("exon", FilterOperator.IsNull, false))));
        Assert.Equal([S310F], await ListIdsAsync(store, Query(NodeKind.Variant, Where(NodeFields.Aliases, FilterOperator.IsNull, true))));
        Assert.Equal(4, (await ListIdsAsync(store, Query(NodeKind.Variant, Where(NodeFields.Name, FilterOperator.IsNull, false)))).Count);
        Assert.Equal([ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("priorTherapyExcluded", FilterOperator.IsNull, false))));
    }

    [SkippableFact]
    public async Task Branch_OrderByRelationshipProperty_SortsWithMissingLastBothWays()
    {
        var store = await CreateSeededStoreAsync();
        var incoming = Walk(Direction.Incoming);

        Assert.Equal(
            [Arm, Lung01Arm, Approval, Lung01Back, Lung02Back],
            await EdgesAsync(store, Tdxd, incoming, new NodeOrder("doseAmount", SortDirection.Ascending, FilterScope.Relationship)));
        Assert.Equal(
            [Lung01Arm, Arm, Approval, Lung01Back, Lung02Back],
            await EdgesAsync(store, Tdxd, incoming, new NodeOrder("doseAmount", SortDirection.Descending, FilterScope.Relationship)));
    }

    [SkippableFact]
    public async Task Branch_OrderByRelationshipBuiltIns_SortsWireNamesOrdinallyWithMissingLast()
    {
        var store = await CreateSeededStoreAsync();
        var incoming = Walk(Direction.Incoming);

        Assert.Equal(
            [Lung01Arm, Lung01Back, Arm, Lung02Back, Approval],
            await EdgesAsync(store, Tdxd, incoming, new NodeOrder(RelationshipFields.EvidenceLevel, SortDirection.Ascending, FilterScope.Relationship)));
        Assert.Equal(
            [Arm, Lung02Back, Lung01Arm, Lung01Back, Approval],
            await EdgesAsync(store, Tdxd, incoming, new NodeOrder(RelationshipFields.EvidenceLevel, SortDirection.Descending, FilterScope.Relationship)));
        Assert.Equal(
            [Lung02Back, Approval, Lung01Arm, Arm, Lung01Back],
            await EdgesAsync(store, Tdxd, incoming, new NodeOrder(RelationshipFields.Status, SortDirection.Ascending, FilterScope.Relationship)));
        Assert.Equal(
            [Lung01Back, Lung02Back, Lung01Arm, Arm, Approval],
            await EdgesAsync(store, Tdxd, incoming, new NodeOrder(RelationshipFields.Type, SortDirection.Descending, FilterScope.Relationship)));
    }

    [SkippableFact]
    public async Task Branch_OrderByFarNodeFields_SeveralKeysThenTheDefaultOrder()
    {
        var store = await CreateSeededStoreAsync();
        var variants = Walk(Direction.Incoming, InGene);

        Assert.Equal([S310F, Yvma, G776, Amplification], await EdgesAsync(store, Erbb2, variants, new NodeOrder("exon")));
        Assert.Equal([Yvma, G776, S310F, Amplification], await EdgesAsync(store, Erbb2, variants, new NodeOrder("exon", SortDirection.Descending)));
        Assert.Equal(
            [G776, Yvma, S310F, Amplification],
            await EdgesAsync(store, Erbb2, variants, new NodeOrder("exon", SortDirection.Descending), new NodeOrder(NodeFields.Name, SortDirection.Descending)));
        Assert.Equal([Amplification, Yvma, G776, S310F], await EdgesAsync(store, Erbb2, variants, new NodeOrder(NodeFields.Status, SortDirection.Ascending)));
    }

    [SkippableFact]
    public async Task Branch_CountedOrder_SortsByTheFarNodesLinks()
    {
        var store = await CreateSeededStoreAsync();
        var drugs = Walk(Direction.Incoming, Targets);
        var sensitivities = Walk(Direction.Incoming, SensitiveTo);
        var clinical = sensitivities with { Where = OnEdge(RelationshipFields.EvidenceLevel, FilterOperator.Equal, "CLINICAL_TRIAL") };

        Assert.Equal([Tdxd, Poziotinib, Zongertinib], await EdgesAsync(store, Erbb2, drugs, new NodeOrder("sensitivities", SortDirection.Descending, Counted: sensitivities)));
        Assert.Equal([Zongertinib, Poziotinib, Tdxd], await EdgesAsync(store, Erbb2, drugs, new NodeOrder("sensitivities", SortDirection.Ascending, Counted: sensitivities)));

        // One clinical-trial sensitivity each for poziotinib and T-DXd: the tie falls to the default order (by name).
        Assert.Equal([Poziotinib, Tdxd, Zongertinib], await EdgesAsync(store, Erbb2, drugs, new NodeOrder("clinical", SortDirection.Descending, Counted: clinical)));
    }

    [SkippableFact]
    public async Task ListNodes_CountedOrder_SortsAndPagesByTheCount()
    {
        var store = await CreateSeededStoreAsync();
        NodeOrder[] order = [new("arms", SortDirection.Descending, Counted: Walk(Direction.Incoming, Evaluates))];

        var first = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, order, First: 2), None);
        var second = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, order, First: 2, After: first.Nodes[^1].Cursor), None);

        Assert.Equal([Tdxd, Poziotinib], first.Nodes.Select(n => n.Node.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal([Zongertinib], second.Nodes.Select(n => n.Node.Id));
        Assert.False(second.HasNextPage);
        Assert.Equal([Zongertinib, Poziotinib, Tdxd], await ListIdsAsync(store, Query(NodeKind.Drug, null, new NodeOrder("arms", Counted: Walk(Direction.Incoming, Evaluates)))));
    }

    [SkippableFact]
    public async Task Branches_OneQuery_KeepEachTagsGroupsApart()
    {
        var store = await CreateSeededStoreAsync();
        var query = new NeighbourQuery(
        [
            new NeighbourBranch("drugs", [Erbb2, Egfr, "no such node"], Walk(Direction.Incoming, Targets)),
            new NeighbourBranch("exon20", [Erbb2], Walk(Direction.Incoming, InGene) with { Where = Where("exon", FilterOperator.Equal, 20) }),
            new NeighbourBranch("byExon", [Erbb2], Walk(Direction.Incoming, InGene), [new NodeOrder("exon")]),
            new NeighbourBranch("nobody", [], Walk(Direction.Both)),
            new NeighbourBranch("arms", [Tdxd, Poziotinib], Walk(Direction.Incoming, Evaluates), Rows: false),
        ]);

        var groups = await store.GetNeighboursAsync(query, None);

        Assert.Equal(
            ["arms/poziotinib", "arms/trastuzumab deruxtecan", "byExon/ERBB2", "drugs/EGFR", "drugs/ERBB2", "drugs/no such node", "exon20/ERBB2"],
            groups.Keys.Select(k => $"{k.Tag}/{k.OriginId}").Order(StringComparer.Ordinal));
        Assert.Equal([Poziotinib, Tdxd, Zongertinib], groups[new("drugs", Erbb2)].Neighbours.Select(n => n.Node.Id));
        Assert.Equal(3, groups[new("drugs", Erbb2)].TotalCount);
        Assert.Equal([Poziotinib], groups[new("drugs", Egfr)].Neighbours.Select(n => n.Node.Id));
        Assert.Empty(groups[new("drugs", "no such node")].Neighbours);
        Assert.Equal(0, groups[new("drugs", "no such node")].TotalCount);
        Assert.Equal([Yvma, G776], groups[new("exon20", Erbb2)].Neighbours.Select(n => n.Node.Id));
        Assert.Equal([S310F, Yvma, G776, Amplification], groups[new("byExon", Erbb2)].Neighbours.Select(n => n.Node.Id));
        Assert.All(groups.Values, g => Assert.Null(g.Aggregates));
    }

    [SkippableFact]
    public async Task Branch_RowsFalse_GivesTheCountWithoutNeighbours()
    {
        var store = await CreateSeededStoreAsync();
        var query = new NeighbourQuery([new NeighbourBranch("arms", [Tdxd, Poziotinib, Zongertinib], Walk(Direction.Incoming, Evaluates), Rows: false)]);

        var groups = await store.GetNeighboursAsync(query, None);

        Assert.All(groups.Values, g => Assert.Empty(g.Neighbours));
        Assert.Equal([2, 1, 0], new[] { Tdxd, Poziotinib, Zongertinib }.Select(id => groups[new("arms", id)].TotalCount));
    }

    [SkippableFact]
    public async Task Branch_ViaHop_WalksFromTheNodesOneHopAwayIntoTheOriginsGroup()
    {
        var store = await CreateSeededStoreAsync();
        var arms = new Reach.Hop(Walk(Direction.Incoming, Evaluates) with { Target = NodeKind.TrialArm });
        var events = Walk(Direction.Outgoing, HasAdverseEvent);

        var group = await GroupAsync(store, Tdxd, events, via: arms);
        var goodArms = await GroupAsync(store, Tdxd, events, via: new Reach.Hop(Walk(Direction.Incoming, Evaluates) with { Where = Where("orrPercent", FilterOperator.GreaterThanOrEqual, 50) }));
        var trials = await GroupAsync(store, Tdxd, Walk(Direction.Incoming, HasArm), via: arms);

        Assert.Equal([Lung01Arm, Arm], group.Neighbours.Select(n => n.Relationship.FromId));
        Assert.All(group.Neighbours, n => Assert.Equal((Tdxd, Direction.Outgoing, Ild), (n.OriginId, n.Direction, n.Node.Id)));
        Assert.Equal(2, group.TotalCount);
        Assert.Equal([Lung01Arm], goodArms.Neighbours.Select(n => n.Relationship.FromId));
        Assert.Equal([Lung01, Lung02], trials.Neighbours.Select(n => n.Node.Id));
        Assert.All(trials.Neighbours, n => Assert.Equal(Direction.Incoming, n.Direction));
    }

    [SkippableFact]
    public async Task Branch_ViaHop_CountsAnEdgeReachedTwoWaysOnce()
    {
        var store = await CreateSeededStoreAsync();

        // YVMA reaches T-DXd by two SENSITIVE_TO relationships: T-DXd's target is still one edge.
        var group = await GroupAsync(store, Yvma, Walk(Direction.Outgoing, Targets), via: new Reach.Hop(Walk(Direction.Outgoing, SensitiveTo)));

        Assert.Equal(
            [$"{Poziotinib}>{Egfr}", $"{Poziotinib}>{Erbb2}", $"{Tdxd}>{Erbb2}"],
            group.Neighbours.Select(n => $"{n.Relationship.FromId}>{n.Relationship.ToId}"));
        Assert.Equal(3, group.TotalCount);
    }

    [SkippableFact]
    public async Task Branch_ViaClosure_WalksFromTheOriginAndEveryClassItBelongsTo()
    {
        var store = await CreateSeededStoreAsync();
        var classes = new Reach.Closure(MemberOf, Direction.Outgoing);

        var studies = await GroupAsync(store, Yvma, Walk(Direction.Incoming, Studies), via: classes);
        var approvals = await GroupAsync(store, Yvma, Walk(Direction.Incoming, ApprovedFor), via: classes);
        var ownOnly = await GroupAsync(store, G776, Walk(Direction.Incoming, Studies), via: classes);

        Assert.Equal([$"{Lung01Arm}>{Exon20}", $"{Arm}>{Yvma}", $"{ZenithArm}>{Exon20}"], studies.Neighbours.Select(n => $"{n.Relationship.FromId}>{n.Relationship.ToId}"));
        Assert.All(studies.Neighbours, n => Assert.Equal((Yvma, Direction.Incoming), (n.OriginId, n.Direction)));
        Assert.Equal(3, studies.TotalCount);
        Assert.Equal([Approval], approvals.Neighbours.Select(n => n.Node.Id));
        Assert.Empty(ownOnly.Neighbours);
    }

    [SkippableFact]
    public async Task Branch_ViaClosure_ReachingAClassTwoWaysCountsItsEdgesOnce()
    {
        var store = await CreateSeededStoreAsync();

        // A diamond: YVMA belongs to the kinase-domain class directly and through the exon 20 class.
        await store.WriteAsync(GraphWrite.Upsert(
            [Node(KinaseDomain, NodeKind.VariantClass, "ERBB2 kinase domain variants")],
            [
                Relationship(MemberOf, Exon20, KinaseDomain),
                Relationship(MemberOf, Yvma, KinaseDomain),
                Relationship(ApprovedFor, Approval, KinaseDomain),
            ],
            Curator(1)), None);

        var approvals = await GroupAsync(store, Yvma, Walk(Direction.Incoming, ApprovedFor), via: new Reach.Closure(MemberOf, Direction.Outgoing));
        var members = await GroupAsync(store, Yvma, Walk(Direction.Incoming, MemberOf), via: new Reach.Closure(MemberOf, Direction.Outgoing));

        Assert.Equal([Exon20, KinaseDomain], approvals.Neighbours.Select(n => n.Relationship.ToId));
        Assert.Equal(2, approvals.TotalCount);
        Assert.Equal([$"{Yvma}>{Exon20}", $"{Yvma}>{KinaseDomain}", $"{Exon20}>{KinaseDomain}"], members.Neighbours.Select(n => $"{n.Relationship.FromId}>{n.Relationship.ToId}"));
    }

    /// <summary>T-DXd's two SENSITIVE_TO relationships from YVMA, as <see cref="EdgesAsync"/> names them.</summary>
    private static string Lung01Edge => $"{Tdxd}#{Lung01Qualifier}";

    private static string Lung02Edge => $"{Tdxd}#{Lung02Qualifier}";

    /// <summary>The same relationships seen from T-DXd.</summary>
    private static string Lung01Back => $"{Yvma}#{Lung01Qualifier}";

    private static string Lung02Back => $"{Yvma}#{Lung02Qualifier}";

    protected static LinkPattern Walk(Direction direction, params RelationshipType[] types) => new(types, direction);

    protected static NodeFilter.Compare OnEdge(string field, FilterOperator op, object value) =>
        new(field, op, JsonSerializer.SerializeToElement(value), FilterScope.Relationship);

    /// <summary>One branch from one origin, read as its group.</summary>
    protected static async Task<NeighbourGroup> GroupAsync(
        IGraphStore store, string origin, LinkPattern pattern, IReadOnlyList<NodeOrder>? order = null, AggregateRequest? aggregate = null, Reach? via = null, bool rows = true)
    {
        var groups = await store.GetNeighboursAsync(new NeighbourQuery([new NeighbourBranch("t", [origin], pattern, order, rows, aggregate, via)]), None);
        Assert.Equal([new NeighbourKey("t", origin)], groups.Keys);
        return groups[new NeighbourKey("t", origin)];
    }

    /// <summary>The far node ids of one branch's edges in order, with the qualifier after '#' where there is one; the count must agree.</summary>
    private static async Task<List<string>> EdgesAsync(IGraphStore store, string origin, LinkPattern pattern, params NodeOrder[] order)
    {
        var group = await GroupAsync(store, origin, pattern, order);
        Assert.Equal(group.Neighbours.Count, group.TotalCount);
        return group.Neighbours.Select(n => n.Relationship.Qualifier.Length == 0 ? n.Node.Id : $"{n.Node.Id}#{n.Relationship.Qualifier}").ToList();
    }
}
