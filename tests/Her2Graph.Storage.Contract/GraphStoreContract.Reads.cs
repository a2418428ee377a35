using Her2Graph.Domain.Graph;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task GetNodes_SomeIdsMissing_ReturnsOnlyExistingNodes()
    {
        var store = await CreateSeededStoreAsync();

        var nodes = await store.GetNodesAsync([Tdxd, "no such node", Erbb2], None);

        Assert.Equal([Erbb2, Tdxd], nodes.Keys.Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task GetNodes_StoredNode_RoundTripsContentAndProvenance()
    {
        var store = await CreateSeededStoreAsync();

        var node = (await store.GetNodesAsync([Tdxd, Erbb2], None))[Tdxd];

        var expected = NodeById(Tdxd);
        Assert.Equal(expected, node);
        Assert.Equal(["T-DXd", "DS-8201", "Enhertu"], node.Aliases);
        Assert.Equal(VerificationStatus.FromKnowledge, node.Provenance.Status);
        Assert.Equal("DAR not re-checked", node.Provenance.StatusNote);
        Assert.Equal([CitationKind.Doi, CitationKind.Regulatory], node.Provenance.Citations.Select(c => c.Kind));
        Assert.Equal("ADC", node.Properties.GetText("drugClass"));
    }

    [SkippableFact]
    public async Task GetNodes_NumbersAndLists_KeepTheirJsonTypes()
    {
        var store = await CreateSeededStoreAsync();

        var gene = (await store.GetNodesAsync([Erbb2], None))[Erbb2];

        Assert.Equal(2, gene.Properties.GetTextList("prevalence").Count);
        Assert.Equal(NodeById(Erbb2).Properties.Json, gene.Properties.Json);
    }

    [SkippableFact]
    public async Task GetNodes_EmptyRequest_ReturnsEmpty()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Empty(await store.GetNodesAsync([], None));
    }

    [SkippableFact]
    public async Task GetNodes_AfterWrite_CarryAuditStamps()
    {
        var store = await CreateSeededStoreAsync();

        var node = (await store.GetNodesAsync([Yvma], None))[Yvma];

        Assert.Equal(new AuditStamp(T0, T0, "seed", "seed", 1), node.Audit);
    }

    [SkippableFact]
    public async Task GetRelationships_SomeKeysMissing_ReturnsOnlyExisting()
    {
        var store = await CreateSeededStoreAsync();
        var lung01 = new RelationshipKey(RelationshipType.SensitiveTo, Yvma, Tdxd, Lung01Qualifier);
        var missing = new RelationshipKey(RelationshipType.SensitiveTo, Yvma, Tdxd, "no such trial");

        var relationships = await store.GetRelationshipsAsync([lung01, missing], None);

        var relationship = Assert.Single(relationships).Value;
        Assert.Equal(lung01, relationship.Key);
        Assert.Equal(RelationshipByKey(RelationshipType.SensitiveTo, Yvma, Tdxd, Lung01Qualifier), relationship);
        Assert.Equal(new AuditStamp(T0, T0, "seed", "seed", 1), relationship.Audit);
    }

    [SkippableFact]
    public async Task GetStatistics_EmptyStore_HasVersionZeroAndEveryKindAndType()
    {
        var store = await CreateStoreAsync();

        var statistics = await store.GetStatisticsAsync(None);

        Assert.Equal(0, statistics.Version);
        Assert.Equal(Enum.GetValues<NodeKind>(), statistics.NodeCounts.Keys.Order());
        Assert.Equal(Enum.GetValues<RelationshipType>(), statistics.RelationshipCounts.Keys.Order());
        Assert.All(statistics.NodeCounts.Values, count => Assert.Equal(0, count));
        Assert.All(statistics.RelationshipCounts.Values, count => Assert.Equal(0, count));
    }

    [SkippableFact]
    public async Task GetStatistics_SeededStore_CountsPerKindAndType()
    {
        var store = await CreateSeededStoreAsync();

        var statistics = await store.GetStatisticsAsync(None);

        Assert.Equal(1, statistics.Version);
        Assert.Equal(4, statistics.NodeCounts[NodeKind.Variant]);
        Assert.Equal(3, statistics.NodeCounts[NodeKind.Drug]);
        Assert.Equal(0, statistics.NodeCounts[NodeKind.Publication]);
        Assert.Equal(3, statistics.RelationshipCounts[RelationshipType.HasAdverseEvent]);
        Assert.Equal(3, statistics.NodeCounts[NodeKind.TrialArm]);
        Assert.Equal(0, statistics.RelationshipCounts[RelationshipType.CoAlteredWith]);
        Assert.Equal(Nodes.Count, statistics.NodeCounts.Values.Sum());
        Assert.Equal(Relationships.Count, statistics.RelationshipCounts.Values.Sum());
    }
}
