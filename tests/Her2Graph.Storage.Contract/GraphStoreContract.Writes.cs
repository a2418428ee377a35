using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Write_IntoEmptyStore_CreatesEverythingAndBumpsVersionOnce()
    {
        var store = await CreateStoreAsync();

        var result = await store.WriteAsync(Standard(), None);

        Assert.Equal(1, result.Version);
        Assert.Equal(new WriteCounts(Nodes.Count, 0, 0, 0), result.Nodes);
        Assert.Equal(new WriteCounts(Relationships.Count, 0, 0, 0), result.Relationships);
        Assert.True(result.Changed);
    }

    [SkippableFact]
    public async Task Write_IdenticalRepeat_CountsUnchangedAndKeepsVersion()
    {
        var store = await CreateSeededStoreAsync();
        var before = await SnapshotAsync(store);

        var result = await store.WriteAsync(GraphWrite.Upsert(Nodes, Relationships, Curator(5)), None);

        Assert.False(result.Changed);
        Assert.Equal(1, result.Version);
        Assert.Equal(new WriteCounts(0, 0, Nodes.Count, 0), result.Nodes);
        Assert.Equal(new WriteCounts(0, 0, Relationships.Count, 0), result.Relationships);
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [SkippableFact]
    public async Task Write_OneNodeChanged_UpdatesItKeepsCreationStampsAndLeavesOthers()
    {
        var store = await CreateSeededStoreAsync();
        var changed = NodeById(Tdxd) with { Properties = PropertyBag.Of(("drugClass", "ADC"), ("payload", "DXd")) };

        var result = await store.WriteAsync(GraphWrite.Upsert([changed, NodeById(Erbb2)], [], Curator(10)), None);

        Assert.Equal(2, result.Version);
        Assert.Equal(new WriteCounts(0, 1, 1, 0), result.Nodes);
        var nodes = await store.GetNodesAsync([Tdxd, Erbb2], None);
        Assert.Equal(changed, nodes[Tdxd]);
        Assert.Equal(new AuditStamp(T0, T0.AddMinutes(10), "seed", "curator-key", 2), nodes[Tdxd].Audit);
        Assert.Equal(new AuditStamp(T0, T0, "seed", "seed", 1), nodes[Erbb2].Audit);
        Assert.Equal(2, (await store.GetStatisticsAsync(None)).Version);
    }

    [SkippableFact]
    public async Task Write_RelationshipChanged_UpdatesItAndKeepsCreationStamps()
    {
        var store = await CreateSeededStoreAsync();
        var original = RelationshipByKey(RelationshipType.HasAdverseEvent, Lung01Arm, Ild);
        var changed = original with { Properties = PropertyBag.Of(("anyGradePercent", 26.5), ("attribution", "ALL_CAUSALITY")) };

        var result = await store.WriteAsync(GraphWrite.Upsert([], [changed, original with { Qualifier = "new cohort" }], Curator(3)), None);

        Assert.Equal(new WriteCounts(1, 1, 0, 0), result.Relationships);
        var stored = (await store.GetRelationshipsAsync([changed.Key], None))[changed.Key];
        Assert.Equal(changed, stored);
        Assert.Equal(new AuditStamp(T0, T0.AddMinutes(3), "seed", "curator-key", 2), stored.Audit);
        Assert.Equal(
            Relationships.Count(r => r.Type == RelationshipType.HasAdverseEvent) + 1,
            (await store.GetStatisticsAsync(None)).RelationshipCounts[RelationshipType.HasAdverseEvent]);
    }

    [SkippableFact]
    public async Task Write_Changes_AreLoggedInOrderWithSequencesPerWrite()
    {
        var store = await CreateSeededStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert([NodeById(Erbb2) with { Name = "ERBB2 (HER2)" }, Node("afatinib", NodeKind.Drug, "afatinib")], [], Curator(1)), None);

        var all = await store.GetChangesAsync(new ChangeQuery(0, 1000), None);
        var second = await store.GetChangesAsync(new ChangeQuery(1, 1000), None);
        var paged = await store.GetChangesAsync(new ChangeQuery(2, 1, AfterSequence: 1), None);

        Assert.Equal(Nodes.Count + Relationships.Count + 2, all.Count);
        Assert.Equal(Enumerable.Range(1, Nodes.Count + Relationships.Count), all.Where(c => c.Version == 1).Select(c => c.Sequence));
        Assert.All(all.Where(c => c.Version == 1), c => Assert.Equal(("seed", "fixture import", T0, ChangeOperation.Created), (c.Actor, c.Comment, c.At, c.Operation)));
        Assert.Equal(
            [new ChangeRecord(2, 1, T0.AddMinutes(1), "curator-key", "curation", ChangeOperation.Updated, "node", Erbb2),
             new ChangeRecord(2, 2, T0.AddMinutes(1), "curator-key", "curation", ChangeOperation.Created, "node", "afatinib")],
            second);
        Assert.Equal("afatinib", Assert.Single(paged).EntityKey);
    }

    [SkippableFact]
    public async Task Write_NodeDelete_DetachesItsRelationshipsAndLogsThem()
    {
        var store = await CreateSeededStoreAsync();

        var result = await store.WriteAsync(new GraphWrite([], [], [Tdxd], [], Curator(1)), None);

        Assert.Equal(new WriteCounts(0, 0, 0, 1), result.Nodes);
        Assert.Equal(new WriteCounts(0, 0, 0, RelationshipsAt(Tdxd)), result.Relationships);
        Assert.Empty(await store.GetNodesAsync([Tdxd], None));
        var erbb2 = (await store.GetAllNeighboursAsync([Erbb2], Direction.Both, null, None))[Erbb2];
        Assert.DoesNotContain(erbb2, n => n.Node.Id == Tdxd);
        var statistics = await store.GetStatisticsAsync(None);
        Assert.Equal(Relationships.Count - RelationshipsAt(Tdxd), statistics.RelationshipCounts.Values.Sum());
        var changes = await store.GetChangesAsync(new ChangeQuery(1, 100), None);
        Assert.Equal(RelationshipsAt(Tdxd) + 1, changes.Count);
        Assert.All(changes, c => Assert.Equal(ChangeOperation.Deleted, c.Operation));
        Assert.Equal(RelationshipsAt(Tdxd), changes.Count(c => c.EntityType == "relationship"));
    }

    [SkippableFact]
    public async Task Write_RelationshipDelete_RemovesOnlyThatQualifier()
    {
        var store = await CreateSeededStoreAsync();
        var lung01 = new RelationshipKey(RelationshipType.SensitiveTo, Yvma, Tdxd, Lung01Qualifier);

        var result = await store.WriteAsync(new GraphWrite([], [], [], [lung01], Curator(1)), None);

        Assert.Equal(new WriteCounts(0, 0, 0, 1), result.Relationships);
        var remaining = (await store.GetAllNeighboursAsync([Tdxd], Direction.Incoming, [RelationshipType.SensitiveTo], None))[Tdxd];
        Assert.Equal([Lung02Qualifier], remaining.Select(n => n.Relationship.Qualifier));
    }

    [SkippableFact]
    public async Task Write_DeletesOfMissingEntities_ChangeNothing()
    {
        var store = await CreateSeededStoreAsync();

        var result = await store.WriteAsync(
            new GraphWrite([], [], ["no such node"], [new RelationshipKey(RelationshipType.InGene, "x", "y", "")], Curator(1)), None);

        Assert.False(result.Changed);
        Assert.Equal(1, result.Version);
    }

    [SkippableFact]
    public async Task Write_MissingEndpoint_IsRefusedAndWritesNothing()
    {
        var store = await CreateSeededStoreAsync();
        var before = await SnapshotAsync(store);

        var error = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(GraphWrite.Upsert(
            [NodeById(Tdxd) with { Name = "renamed" }, Node("new node", NodeKind.Drug, "new node")],
            [Relationship(RelationshipType.Targets, "new node", "NO_GENE")],
            Curator(1)), None));

        Assert.Contains(error.Problems, p => p.Contains("NO_GENE", StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [SkippableFact]
    public async Task Write_EndpointDeletedInSameBatch_IsRefused()
    {
        var store = await CreateSeededStoreAsync();
        var before = await SnapshotAsync(store);

        await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(
            new GraphWrite([], [Relationship(RelationshipType.Targets, Zongertinib, Egfr)], [Egfr], [], Curator(1)), None));

        Assert.Equal(before, await SnapshotAsync(store));
    }

    [SkippableFact]
    public async Task Write_KindChange_IsRefused()
    {
        var store = await CreateSeededStoreAsync();
        var before = await SnapshotAsync(store);

        var error = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(
            GraphWrite.Upsert([Node(Erbb2, NodeKind.Drug, "ERBB2")], [], Curator(1)), None));

        Assert.Contains(error.Problems, p => p.Contains(Erbb2, StringComparison.Ordinal));
        Assert.Equal(before, await SnapshotAsync(store));
    }

    [SkippableFact]
    public async Task Write_DuplicatesInBatch_AreAllReportedAndNothingIsWritten()
    {
        var store = await CreateStoreAsync();
        var gene = Node(Erbb2, NodeKind.Gene, "ERBB2");
        var variant = Node(Yvma, NodeKind.Variant, "YVMA");
        var link = Relationship(RelationshipType.InGene, Yvma, Erbb2);

        var error = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(
            GraphWrite.Upsert([gene, variant, gene with { Name = "other" }], [link, link], Seed), None));

        Assert.Equal(2, error.Problems.Count);
        var statistics = await store.GetStatisticsAsync(None);
        Assert.Equal(0, statistics.Version);
        Assert.Equal(0, statistics.NodeCounts.Values.Sum());
    }

    [SkippableFact]
    public async Task Write_RelationshipWithoutCitation_IsRefused()
    {
        var store = await CreateSeededStoreAsync();
        var uncited = Relationship(RelationshipType.Targets, Zongertinib, Egfr) with
        {
            Provenance = new Provenance([], VerificationStatus.Verified),
        };

        await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(GraphWrite.Upsert([], [uncited], Curator(1)), None));

        Assert.Equal(1, (await store.GetStatisticsAsync(None)).Version);
    }

    [SkippableFact]
    public async Task Write_DeleteThenUpsertInOneBatch_RecreatesTheNode()
    {
        var store = await CreateSeededStoreAsync();
        var recreated = Node(Diarrhea, NodeKind.AdverseEvent, "diarrhoea");

        var result = await store.WriteAsync(new GraphWrite([recreated], [], [Diarrhea], [], Curator(2)), None);

        Assert.Equal(new WriteCounts(1, 0, 0, 1), result.Nodes);
        Assert.Equal(new WriteCounts(0, 0, 0, 1), result.Relationships);
        var stored = (await store.GetNodesAsync([Diarrhea], None))[Diarrhea];
        Assert.Equal(recreated, stored);
        Assert.Equal(new AuditStamp(T0.AddMinutes(2), T0.AddMinutes(2), "curator-key", "curator-key", 2), stored.Audit);
    }
}
