using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// The structured evidence of data model 2: trial arms, approvals, diseases, companion diagnostics, pathways and the
/// relationships between them, with every property shape a store must keep exactly (choices, choice lists, node
/// references, dates, confidence-interval numbers, derived and not-reached flags), list and order by, and walk.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static readonly NodeKind[] EvidenceKinds =
        [NodeKind.TrialArm, NodeKind.Approval, NodeKind.Disease, NodeKind.CompanionDiagnostic, NodeKind.Pathway];

    private static readonly RelationshipType[] EvidenceTypes =
    [
        RelationshipType.HasArm, RelationshipType.Studies, RelationshipType.Approves, RelationshipType.BasedOn, RelationshipType.InDisease,
        RelationshipType.ApprovedWith, RelationshipType.SubtypeOf, RelationshipType.OvercomeBy, RelationshipType.InPathway,
    ];

    [SkippableFact]
    public async Task GetNodes_EveryKind_RoundTripsEveryPropertyExactly()
    {
        var store = await CreateSeededStoreAsync();

        var nodes = await store.GetNodesAsync(Nodes.Select(n => n.Id).ToList(), None);

        Assert.All(Nodes, expected =>
        {
            Assert.Equal(expected, nodes[expected.Id]);
            Assert.Equal(expected.Properties.Json, nodes[expected.Id].Properties.Json);
        });
        Assert.All(EvidenceKinds, kind => Assert.Contains(Nodes, n => n.Kind == kind));
    }

    [SkippableFact]
    public async Task GetNodes_TrialArm_KeepsChoicesListsDatesIntervalsAndFlagsTyped()
    {
        var store = await CreateSeededStoreAsync();

        var nodes = await store.GetNodesAsync([Arm, ZenithArm, Approval, Oncomine], None);

        var arm = nodes[Arm].Properties;
        Assert.Equal("PRIMARY", arm.GetText("analysis"));
        Assert.Equal("2022-12-23", arm.GetText("dataCutoff"));
        Assert.Equal(["PLATINUM_CHEMOTHERAPY"], arm.GetTextList("priorTherapyRequired"));
        Assert.Equal((49.0, 39.0, 59.1), (arm.GetNumber("orrPercent"), arm.GetNumber("orrCi95Lower"), arm.GetNumber("orrCi95Upper")));
        Assert.Equal(JsonValueKind.Number, arm["n"].ValueKind);
        var zenith = nodes[ZenithArm].Properties;
        Assert.Equal(JsonValueKind.True, zenith["medianDorMonthsDerived"].ValueKind);
        Assert.Equal(JsonValueKind.True, zenith["medianOsNotReached"].ValueKind);
        Assert.Equal(JsonValueKind.True, zenith["medianPfsCi95UpperNotEstimable"].ValueKind);
        Assert.Equal(["HER2_TKI", "HER2_ADC"], zenith.GetTextList("priorTherapyExcluded"));
        Assert.Null(zenith.GetText("analysis"));
        Assert.Equal(["PRIORITY_REVIEW", "BREAKTHROUGH_THERAPY"], nodes[Approval].Properties.GetTextList("reviewDesignations"));
        Assert.Equal(["TISSUE"], nodes[Oncomine].Properties.GetTextList("specimens"));
    }

    [SkippableFact]
    public async Task GetRelationships_EveryType_RoundTripsEveryPropertyExactly()
    {
        var store = await CreateSeededStoreAsync();

        var relationships = await store.GetRelationshipsAsync(Relationships.Select(r => r.Key).ToList(), None);

        Assert.All(Relationships, expected =>
        {
            Assert.Equal(expected, relationships[expected.Key]);
            Assert.Equal(expected.Properties.Json, relationships[expected.Key].Properties.Json);
        });
        Assert.All(EvidenceTypes, type => Assert.Contains(Relationships, r => r.Type == type));
    }

    [SkippableFact]
    public async Task GetRelationships_EvidenceTypes_KeepChoicesNumbersReferencesAndDates()
    {
        var store = await CreateSeededStoreAsync();
        var evaluates = new RelationshipKey(RelationshipType.Evaluates, Arm, Tdxd, "");
        var incidence = new RelationshipKey(RelationshipType.HasAdverseEvent, Lung01Arm, Ild, "");
        var resistance = new RelationshipKey(RelationshipType.ConfersResistanceTo, Pi3kActivation, Poziotinib, "");
        var device = new RelationshipKey(RelationshipType.ApprovedWith, Approval, Oncomine, "");

        var read = await store.GetRelationshipsAsync([evaluates, incidence, resistance, device], None);

        Assert.Equal(("MONOTHERAPY", 5.4, "mg/kg", "EVERY_3_WEEKS"), (
            read[evaluates].Properties.GetText("role"), read[evaluates].Properties.GetNumber("doseAmount"),
            read[evaluates].Properties.GetText("doseUnit"), read[evaluates].Properties.GetText("schedule")));
        Assert.Equal((91.0, 2.0, "ADJUDICATED_DRUG_RELATED"), (
            read[incidence].Properties.GetNumber("n"), read[incidence].Properties.GetNumber("grade5Count"), read[incidence].Properties.GetText("attribution")));
        Assert.Equal(("CLINICAL_AT_PROGRESSION", Zenith20), (read[resistance].Properties.GetText("evidenceFrom"), read[resistance].Properties.GetText("observedIn")));
        Assert.Equal("2022-08-11", read[device].Properties.GetText("date"));
    }

    [SkippableFact]
    public async Task GetStatistics_SeededStore_CountsEveryKindAndTypeOfTheModel()
    {
        var store = await CreateSeededStoreAsync();

        var statistics = await store.GetStatisticsAsync(None);

        Assert.All(Enum.GetValues<NodeKind>(), kind => Assert.Equal(Nodes.Count(n => n.Kind == kind), statistics.NodeCounts[kind]));
        Assert.All(Enum.GetValues<RelationshipType>(), type => Assert.Equal(Relationships.Count(r => r.Type == type), statistics.RelationshipCounts[type]));
        Assert.All(EvidenceKinds, kind => Assert.True(statistics.NodeCounts[kind] > 0, $"no {kind} counted"));
        Assert.All(EvidenceTypes, type => Assert.True(statistics.RelationshipCounts[type] > 0, $"no {type} counted"));
    }

    [SkippableFact]
    public async Task ListNodes_ChoiceProperty_FiltersByItsWireNameAndNegationKeepsArmsWithout()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Lung01Arm, Arm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("analysis", FilterOperator.Equal, "PRIMARY"))));
        Assert.Empty(await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("analysis", FilterOperator.Equal, "primary"))));
        Assert.Equal([ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, new NodeFilter.Negate(Where("analysis", FilterOperator.Equal, "PRIMARY")))));
        Assert.Equal(
            [Lung01Arm, ZenithArm],
            await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("setting", FilterOperator.In, new List<string> { "ADVANCED", "LOCALLY_ADVANCED" }))));
    }

    [SkippableFact]
    public async Task ListNodes_ChoiceList_MatchesAnyElement()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("priorTherapyExcluded", FilterOperator.Equal, "HER2_ADC"))));
        Assert.Equal([Arm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("priorTherapyRequired", FilterOperator.Contains, "platinum"))));
        Assert.Equal([Approval], await ListIdsAsync(store, Query(null, Where("reviewDesignations", FilterOperator.In, new List<string> { "BREAKTHROUGH_THERAPY", "FAST_TRACK" }))));
    }

    [SkippableFact]
    public async Task ListNodes_FiguresAndFlags_CompareAsNumbersAndBooleans()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Lung01Arm, Arm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("orrPercent", FilterOperator.GreaterThan, 40))));
        Assert.Equal([Lung01Arm, Arm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("orrCi95Lower", FilterOperator.GreaterThanOrEqual, 39))));
        Assert.Equal([ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("orrCi95Upper", FilterOperator.LessThan, 59.1))));
        Assert.Equal([ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("medianDorMonthsDerived", FilterOperator.Equal, true))));
        Assert.Equal([Lung01Arm], await ListIdsAsync(store, Query(NodeKind.TrialArm, Where("dataCutoff", FilterOperator.StartsWith, "2021"))));
    }

    [SkippableFact]
    public async Task ListNodes_OrderByFigureDateAndChoice_SortsWithMissingLast()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Equal([Lung01Arm, Arm, ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, null, new NodeOrder("orrPercent", SortDirection.Descending))));
        Assert.Equal([ZenithArm, Arm, Lung01Arm], await ListIdsAsync(store, Query(NodeKind.TrialArm, null, new NodeOrder("orrCi95Lower"))));
        Assert.Equal([Lung01Arm, Arm, ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, null, new NodeOrder("dataCutoff"))));
        Assert.Equal([Arm, Lung01Arm, ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, null, new NodeOrder("dataCutoff", SortDirection.Descending))));
        Assert.Equal([Lung01Arm, Arm, ZenithArm], await ListIdsAsync(store, Query(NodeKind.TrialArm, null, new NodeOrder("analysis"), NodeOrder.ByName)));
    }

    [SkippableFact]
    public async Task ListNodes_PagingOnAChoiceWithMissingValues_WalksEveryArmOnce()
    {
        var store = await CreateSeededStoreAsync();
        NodeOrder[] order = [new("analysis", SortDirection.Descending)];
        var all = await ListIdsAsync(store, new NodeListQuery(NodeKind.TrialArm, null, order));

        var forward = new List<string>();
        string? after = null;
        do
        {
            var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.TrialArm, null, order, First: 1, After: after), None);
            forward.Add(Assert.Single(page.Nodes).Node.Id);
            after = page.HasNextPage ? page.Nodes[0].Cursor : null;
        }
        while (after is not null);

        Assert.Equal(3, all.Count);
        Assert.Equal(all, forward);
    }

    [SkippableFact]
    public async Task GetNeighbours_TrialArm_BothWaysReachesTrialRegimenPopulationAndIncidences()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = (await store.GetAllNeighboursAsync([Arm], Direction.Both, null, None))[Arm];

        Assert.Equal(
            [$"EVALUATES > {Tdxd}", $"HAS_ADVERSE_EVENT > {Ild}", $"HAS_ARM < {Lung02}", $"STUDIES > {Yvma}"],
            neighbours.Select(n => $"{n.Relationship.Type.ToWireName()} {(n.Direction == Direction.Outgoing ? ">" : "<")} {n.Node.Id}"));
        Assert.Equal(RelationshipByKey(RelationshipType.Evaluates, Arm, Tdxd), neighbours[0].Relationship);
        Assert.Equal(NodeById(Lung02), neighbours[2].Node);
    }

    [SkippableFact]
    public async Task GetNeighbours_ArmsOfSeveralTrials_GroupByTrialInArmNameOrder()
    {
        var store = await CreateSeededStoreAsync();

        var arms = await store.GetAllNeighboursAsync([Lung02, Lung01, Zenith20], Direction.Outgoing, [RelationshipType.HasArm], None);

        Assert.Equal([Arm], arms[Lung02].Select(n => n.Node.Id));
        Assert.Equal([Lung01Arm], arms[Lung01].Select(n => n.Node.Id));
        Assert.Equal([ZenithArm], arms[Zenith20].Select(n => n.Node.Id));
        Assert.Equal(NodeById(ZenithArm), arms[Zenith20][0].Node);
    }

    [SkippableFact]
    public async Task FindPaths_ThroughArms_WalkTrialToDrugAndPopulationToAdverseEvent()
    {
        var store = await CreateSeededStoreAsync();

        var regimen = await store.FindPathsAsync(new PathQuery(Lung02, Tdxd, 2, [RelationshipType.HasArm, RelationshipType.Evaluates], 10), None);
        var safety = await store.FindPathsAsync(new PathQuery(Yvma, Ild, 2, [RelationshipType.Studies, RelationshipType.HasAdverseEvent], 10), None);
        var basis = await store.FindPathsAsync(new PathQuery(Approval, Arm, 3, null, 10), None);

        var trialToDrug = Assert.Single(regimen);
        Assert.Equal([Lung02, Arm, Tdxd], trialToDrug.Nodes.Select(n => n.Id));
        Assert.Equal([Direction.Outgoing, Direction.Outgoing], trialToDrug.Steps.Select(s => s.Direction));
        var populationToEvent = Assert.Single(safety);
        Assert.Equal([Yvma, Arm, Ild], populationToEvent.Nodes.Select(n => n.Id));
        Assert.Equal([Direction.Incoming, Direction.Outgoing], populationToEvent.Steps.Select(s => s.Direction));
        Assert.Equal([Approval, Lung02, Arm], basis[0].Nodes.Select(n => n.Id));
        Assert.Equal([RelationshipType.BasedOn, RelationshipType.HasArm], basis[0].Steps.Select(s => s.Relationship.Type));
    }
}
