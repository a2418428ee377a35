using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task GetNeighbours_Outgoing_ReturnsRelationshipsStartingAtNodeInOrder()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = (await store.GetAllNeighboursAsync([Yvma], Direction.Outgoing, null, None))[Yvma];

        Assert.Equal(
            [$"IN_GENE {Erbb2} ", $"MEMBER_OF {Exon20} ", $"SENSITIVE_TO {Poziotinib} ", $"SENSITIVE_TO {Tdxd} {Lung01Qualifier}", $"SENSITIVE_TO {Tdxd} {Lung02Qualifier}"],
            neighbours.Select(n => $"{n.Relationship.Type.ToWireName()} {n.Node.Id} {n.Relationship.Qualifier}"));
        Assert.All(neighbours, n => Assert.Equal(Direction.Outgoing, n.Direction));
        Assert.All(neighbours, n => Assert.Equal(Yvma, n.OriginId));
    }

    [SkippableFact]
    public async Task GetNeighbours_Incoming_ReturnsRelationshipsEndingAtNode()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = (await store.GetAllNeighboursAsync([Tdxd], Direction.Incoming, null, None))[Tdxd];

        Assert.Equal(
            [$"APPROVES {Approval}", $"EVALUATES {Lung01Arm}", $"EVALUATES {Arm}", $"SENSITIVE_TO {Yvma}", $"SENSITIVE_TO {Yvma}"],
            neighbours.Select(n => $"{n.Relationship.Type.ToWireName()} {n.Node.Id}"));
        Assert.All(neighbours, n => Assert.Equal(Direction.Incoming, n.Direction));
        Assert.All(neighbours, n => Assert.Equal(Tdxd, n.Relationship.ToId));
    }

    [SkippableFact]
    public async Task GetNeighbours_Both_MergesDirectionsInTypeOrder()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = (await store.GetAllNeighboursAsync([Tdxd], Direction.Both, null, None))[Tdxd];

        Assert.Equal(
            ["APPROVES <", "EVALUATES <", "EVALUATES <", "SENSITIVE_TO <", "SENSITIVE_TO <", "TARGETS >"],
            neighbours.Select(n => $"{n.Relationship.Type.ToWireName()} {(n.Direction == Direction.Outgoing ? ">" : "<")}"));
    }

    [SkippableFact]
    public async Task GetNeighbours_TypeFilter_FollowsOnlyThoseTypesOrderedByOtherNodeName()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = (await store.GetAllNeighboursAsync([Erbb2], Direction.Incoming, [RelationshipType.Targets], None))[Erbb2];

        Assert.Equal([Poziotinib, Tdxd, Zongertinib], neighbours.Select(n => n.Node.Id));
    }

    [SkippableFact]
    public async Task GetNeighbours_ManyOrigins_GroupsByOriginWithEmptyEntriesForUnknownIds()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = await store.GetAllNeighboursAsync([Erbb2, Egfr, "no such node", Diarrhea], Direction.Incoming, [RelationshipType.InGene, RelationshipType.Targets], None);

        Assert.Equal([Egfr, Erbb2, Diarrhea, "no such node"], neighbours.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(neighbours["no such node"]);
        Assert.Empty(neighbours[Diarrhea]);
        Assert.Equal([Poziotinib], neighbours[Egfr].Select(n => n.Node.Id));
        Assert.Equal([Yvma, G776, S310F, Amplification, Poziotinib, Tdxd, Zongertinib], neighbours[Erbb2].Select(n => n.Node.Id));
    }

    [SkippableFact]
    public async Task GetNeighbours_ParallelRelationships_AreDistinguishedByQualifierWithTheirProvenance()
    {
        var store = await CreateSeededStoreAsync();

        var neighbours = (await store.GetAllNeighboursAsync([Tdxd], Direction.Incoming, [RelationshipType.SensitiveTo], None))[Tdxd];

        Assert.Equal(2, neighbours.Count);
        var (lung01, lung02) = (neighbours[0].Relationship, neighbours[1].Relationship);
        Assert.Equal(RelationshipByKey(RelationshipType.SensitiveTo, Yvma, Tdxd, Lung01Qualifier), lung01);
        Assert.Equal(RelationshipByKey(RelationshipType.SensitiveTo, Yvma, Tdxd, Lung02Qualifier), lung02);
        Assert.Equal(Lung01Arm, lung01.Properties.GetText("arm"));
        Assert.Equal(Arm, lung02.Properties.GetText("arm"));
        Assert.Equal(EvidenceLevel.ClinicalTrial, lung01.Provenance.EvidenceLevel);
        Assert.Equal(EvidenceLevel.RandomizedTrial, lung02.Provenance.EvidenceLevel);
        Assert.Equal(VerificationStatus.FromKnowledge, lung02.Provenance.Status);
        Assert.Equal("12-month figures not re-checked", lung02.Provenance.StatusNote);
        Assert.Equal([new Citation(CitationKind.Doi, "DOI:10.1200/JCO.23.01361")], lung02.Provenance.Citations);
        Assert.Equal(NodeById(Yvma), neighbours[0].Node);
    }

    [SkippableFact]
    public async Task GetNeighbours_RelationshipWithSeveralCitations_KeepsTheirOrder()
    {
        var store = await CreateSeededStoreAsync();

        var neighbour = Assert.Single((await store.GetAllNeighboursAsync([Yvma], Direction.Outgoing, [RelationshipType.SensitiveTo], None))[Yvma], n => n.Relationship.Qualifier == Lung01Qualifier);

        Assert.Equal(["PMID:34534430", "DOI:10.1056/NEJMoa2112431"], neighbour.Relationship.Provenance.Citations.Select(c => c.Value));
        Assert.Equal(Lung01Arm, neighbour.Relationship.Properties.GetText("arm"));
        Assert.Equal(new AuditStamp(T0, T0, "seed", "seed", 1), neighbour.Relationship.Audit);
    }
}
