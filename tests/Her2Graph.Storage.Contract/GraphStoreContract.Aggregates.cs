using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Domain.Graph.RelationshipType;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// Aggregates computed by the store: number summaries (count, min, max, mean, continuous median, sum over numeric
/// values only) and facets (rows per value, most first, then by value; a list counts each element) over each
/// traversal group and over every node a listing matches.
/// </summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Branch_NumberSummaries_OverRelationshipFiguresWithAnEvenCount()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef anyGrade = new(FilterScope.Relationship, "anyGradePercent"), n = new(FilterScope.Relationship, "n"),
            grade3To4 = new(FilterScope.Relationship, "grade3To4Percent"), text = new(FilterScope.Relationship, "ctcaeVersion"),
            missing = new(FilterScope.Relationship, "noSuchFigure");

        var group = await GroupAsync(store, Ild, Walk(Direction.Incoming, HasAdverseEvent), aggregate: new([anyGrade, n, grade3To4, text, missing], []));

        var aggregates = Assert.IsType<Aggregates>(group.Aggregates);
        Assert.Equal([anyGrade, n, grade3To4, text, missing], aggregates.Numbers.Select(s => s.Field));
        AssertSummary(aggregates.Numbers[0], 2, 12.9, 26, 19.45, 19.45, 38.9);
        AssertSummary(aggregates.Numbers[1], 2, 91, 101, 96, 96, 192);
        AssertSummary(aggregates.Numbers[2], 1, 1.0, 1.0, 1.0, 1.0, 1.0);

        // Text that reads as a number ("5.0") is not one; a field no row has gives a count of 0.
        AssertSummary(aggregates.Numbers[3], 0, null, null, null, null, null);
        AssertSummary(aggregates.Numbers[4], 0, null, null, null, null, null);
        Assert.Empty(aggregates.Facets);
        Assert.Equal(2, group.Neighbours.Count);
    }

    [SkippableFact]
    public async Task Branch_NumberSummaries_OverFarNodeFiguresWithAnOddCountSkipRowsWithout()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef exon = new(FilterScope.Node, "exon");

        var group = await GroupAsync(store, Erbb2, Walk(Direction.Incoming, InGene), aggregate: new([exon], []));

        // 20, 20 and 8; the amplification has no exon.
        AssertSummary(Assert.Single(group.Aggregates!.Numbers), 3, 8, 20, 16, 20, 48);
        Assert.Equal(4, group.TotalCount);
    }

    [SkippableFact]
    public async Task Branch_Facets_CountRowsPerValueMostFirstThenOrdinally()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef kind = new(FilterScope.Node, NodeFields.Kind), drugClass = new(FilterScope.Node, "drugClass"),
            type = new(FilterScope.Relationship, RelationshipFields.Type), aliases = new(FilterScope.Node, NodeFields.Aliases),
            missing = new(FilterScope.Node, "noSuchField");

        var group = await GroupAsync(store, Erbb2, Walk(Direction.Incoming, InGene, Targets), aggregate: new([], [kind, drugClass, type, aliases, missing]));

        var facets = group.Aggregates!.Facets;
        Assert.Equal([kind, drugClass, type, aliases, missing], facets.Select(f => f.Field));
        Assert.Equal(["Variant=4", "Drug=3"], Counts(facets[0]));
        Assert.Equal(["TKI=2", "ADC=1"], Counts(facets[1]));
        Assert.Equal(["IN_GENE=4", "TARGETS=3"], Counts(facets[2]));
        Assert.Equal(
            ["A775_G776insYVMA=1", "BI 1810631=1", "DS-8201=1", "Enhertu=1", "G776delinsVC=1", "HER2 amplification=1", "HM781-36B=1", "T-DXd=1", "YVMA=1", "p.Tyr772_Ala775dup=1"],
            Counts(facets[3]));
        Assert.Empty(facets[4].Counts);
    }

    [SkippableFact]
    public async Task Branch_Facets_OnRelationshipFieldsUnderTheBranchCondition()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef evidence = new(FilterScope.Relationship, RelationshipFields.EvidenceLevel), notes = new(FilterScope.Relationship, "notes"),
            status = new(FilterScope.Relationship, RelationshipFields.Status);
        var sensitive = Walk(Direction.Outgoing, SensitiveTo);

        var all = await GroupAsync(store, Yvma, sensitive, aggregate: new([], [evidence, notes, status]));
        var adc = await GroupAsync(store, Yvma, sensitive with { Where = Where("drugClass", FilterOperator.Equal, "ADC") }, aggregate: new([], [evidence]));

        Assert.Equal(["CLINICAL_TRIAL=2", "RANDOMIZED_TRIAL=1"], Counts(all.Aggregates!.Facets[0]));
        Assert.Equal(["the 5.4 mg/kg dose was approved=1"], Counts(all.Aggregates.Facets[1]));
        Assert.Equal(["VERIFIED=2", "FROM_KNOWLEDGE=1"], Counts(all.Aggregates.Facets[2]));
        Assert.Equal(["CLINICAL_TRIAL=1", "RANDOMIZED_TRIAL=1"], Counts(adc.Aggregates!.Facets[0]));
    }

    [SkippableFact]
    public async Task Branch_RowsFalseWithAggregates_GivesCountsAndAggregatesPerGroupOnly()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef dose = new(FilterScope.Relationship, "doseAmount"), route = new(FilterScope.Relationship, "route");
        var arms = Walk(Direction.Incoming, Evaluates);
        var query = new NeighbourQuery(
        [
            new NeighbourBranch("doses", [Tdxd, Poziotinib, Zongertinib], arms, Rows: false, Aggregate: new([dose], [route])),
            new NeighbourBranch("rows", [Tdxd], arms),
        ]);

        var groups = await store.GetNeighboursAsync(query, None);

        var tdxd = groups[new("doses", Tdxd)];
        Assert.Empty(tdxd.Neighbours);
        Assert.Equal(2, tdxd.TotalCount);
        AssertSummary(tdxd.Aggregates!.Numbers[0], 2, 5.4, 6.4, 5.9, 5.9, 11.8);
        Assert.Equal(["INTRAVENOUS=2"], Counts(tdxd.Aggregates.Facets[0]));
        AssertSummary(groups[new("doses", Poziotinib)].Aggregates!.Numbers[0], 1, 16, 16, 16, 16, 16);
        Assert.Equal(["ORAL=1"], Counts(groups[new("doses", Poziotinib)].Aggregates!.Facets[0]));

        // A group with no edge still answers every field asked: a count of 0 and no facet values.
        var none = groups[new("doses", Zongertinib)];
        Assert.Equal(0, none.TotalCount);
        AssertSummary(none.Aggregates!.Numbers[0], 0, null, null, null, null, null);
        Assert.Empty(none.Aggregates.Facets[0].Counts);

        // The other branch of the same query has its rows and no aggregates.
        Assert.Equal(2, groups[new("rows", Tdxd)].Neighbours.Count);
        Assert.Null(groups[new("rows", Tdxd)].Aggregates);
    }

    [SkippableFact]
    public async Task Branch_AggregatesViaHop_CountEachEdgeOnce()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef anyGrade = new(FilterScope.Relationship, "anyGradePercent"), target = new(FilterScope.Node, NodeFields.Name);

        var events = await GroupAsync(
            store, Tdxd, Walk(Direction.Outgoing, HasAdverseEvent), aggregate: new([anyGrade], []),
            via: new Reach.Hop(Walk(Direction.Incoming, Evaluates) with { Target = NodeKind.TrialArm }), rows: false);
        var targets = await GroupAsync(
            store, Yvma, Walk(Direction.Outgoing, Targets), aggregate: new([], [target]), via: new Reach.Hop(Walk(Direction.Outgoing, SensitiveTo)));

        AssertSummary(events.Aggregates!.Numbers[0], 2, 12.9, 26, 19.45, 19.45, 38.9);
        Assert.Equal(["ERBB2=2", "EGFR=1"], Counts(targets.Aggregates!.Facets[0]));
    }

    [SkippableFact]
    public async Task Branch_AggregatesViaClosure_CoverTheOriginAndItsClasses()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef orr = new(FilterScope.Node, "orrPercent");

        var arms = await GroupAsync(
            store, Yvma, Walk(Direction.Incoming, Studies), aggregate: new([orr], []), via: new Reach.Closure(MemberOf, Direction.Outgoing), rows: false);

        // The arms studying YVMA (49) and the exon 20 class (55, 27.8).
        AssertSummary(arms.Aggregates!.Numbers[0], 3, 27.8, 55, 131.8 / 3, 49, 131.8);
        Assert.Equal(3, arms.TotalCount);
    }

    [SkippableFact]
    public async Task ListNodes_Aggregates_CoverEveryMatchingNodeNotOnlyThePage()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef orr = new(FilterScope.Node, "orrPercent"), notReached = new(FilterScope.Node, "medianOsNotReached"),
            excluded = new(FilterScope.Node, "priorTherapyExcluded"), analysis = new(FilterScope.Node, "analysis"), line = new(FilterScope.Node, "lineOfTherapy");

        var page = await store.ListNodesAsync(
            new NodeListQuery(NodeKind.TrialArm, null, [], First: 1, Aggregate: new([orr, notReached], [excluded, analysis, line, notReached])), None);

        Assert.Single(page.Nodes);
        Assert.Equal(3, page.TotalCount);
        var aggregates = Assert.IsType<Aggregates>(page.Aggregates);
        AssertSummary(aggregates.Numbers[0], 3, 27.8, 55, 131.8 / 3, 49, 131.8);

        // A flag is not a number.
        AssertSummary(aggregates.Numbers[1], 0, null, null, null, null, null);
        Assert.Equal(["HER2_ADC=1", "HER2_TKI=1"], Counts(aggregates.Facets[0]));
        Assert.Equal(["PRIMARY=2"], Counts(aggregates.Facets[1]));
        Assert.Equal(["SECOND_LINE_OR_LATER=3"], Counts(aggregates.Facets[2]));
        Assert.Equal(["true=1"], Counts(aggregates.Facets[3]));
    }

    [SkippableFact]
    public async Task ListNodes_Aggregates_FollowTheFilter()
    {
        var store = await CreateSeededStoreAsync();
        FieldRef orr = new(FilterScope.Node, "orrPercent"), kind = new(FilterScope.Node, NodeFields.Kind), drugClass = new(FilterScope.Node, "drugClass");

        var good = await store.ListNodesAsync(
            new NodeListQuery(NodeKind.TrialArm, Where("orrPercent", FilterOperator.GreaterThanOrEqual, 40), [], Aggregate: new([orr], [])), None);
        var erbb2 = await store.ListNodesAsync(new NodeListQuery(null, Where(NodeFields.Name, FilterOperator.StartsWith, "erbb2"), [], Aggregate: new([], [kind])), None);
        var approved = await store.ListNodesAsync(
            new NodeListQuery(NodeKind.Drug, new NodeFilter.Linked(Walk(Direction.Incoming, Approves), FilterOperator.Equal, 0), [], Aggregate: new([], [drugClass])), None);
        var nothing = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, Where("drugClass", FilterOperator.Equal, "none"), [], Aggregate: new([orr], [drugClass])), None);
        var unasked = await store.ListNodesAsync(Query(NodeKind.Drug), None);

        AssertSummary(good.Aggregates!.Numbers[0], 2, 49, 55, 52, 52, 104);
        Assert.Equal(["Variant=4", "Gene=1", "VariantClass=1"], Counts(erbb2.Aggregates!.Facets[0]));
        Assert.Equal(["TKI=2"], Counts(approved.Aggregates!.Facets[0]));
        AssertSummary(nothing.Aggregates!.Numbers[0], 0, null, null, null, null, null);
        Assert.Empty(nothing.Aggregates.Facets[0].Counts);
        Assert.Null(unasked.Aggregates);
    }

    private static List<string> Counts(Facet facet) => facet.Counts.Select(c => $"{c.Value}={c.Count}").ToList();

    private static void AssertSummary(NumberSummary summary, long count, double? min, double? max, double? average, double? median, double? sum)
    {
        Assert.Equal(count, summary.Count);
        AssertClose(min, summary.Min, "min");
        AssertClose(max, summary.Max, "max");
        AssertClose(average, summary.Average, "avg");
        AssertClose(median, summary.Median, "median");
        AssertClose(sum, summary.Sum, "sum");
    }

    private static void AssertClose(double? expected, double? actual, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected null, got {actual}");
            return;
        }

        Assert.True(actual is { } value && Math.Abs(value - expected.Value) < 1e-9, $"{what}: expected {expected}, got {actual?.ToString() ?? "null"}");
    }
}
