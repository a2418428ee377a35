using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task Xrefs_RoundTripWithEveryField_InCuratedOrder()
    {
        var store = await CreateSeededStoreAsync();

        var nodes = await store.GetNodesAsync([Yvma, Ild, Erbb2, Tdxd], None);

        Assert.Equal(NodeById(Yvma).Xrefs, nodes[Yvma].Xrefs);
        Assert.Equal(NodeById(Ild).Xrefs, nodes[Ild].Xrefs);
        Assert.True(nodes[Yvma].Xrefs[1].OtherAllele);
        Assert.Equal("Pneumonitis", nodes[Ild].Xrefs[1].Label);
        Assert.Equal("NCBI Gene", nodes[Erbb2].Xrefs[1].Source);
        Assert.Empty(nodes[Tdxd].Xrefs);
    }

    [SkippableFact]
    public async Task FindNodesByXrefs_FindsEachCarrier_AndLeavesUnknownKeysOut()
    {
        var store = await CreateSeededStoreAsync();

        var found = await store.FindNodesByXrefsAsync(["HGNC:3430", "NCBI_GENE:1956", "DBSNP:rs397516975", "HGVS_CODING:NM_004448.4:c.2314_2325dup", "HGNC:3", "CHEMBL:CHEMBL1"], None);

        Assert.Equal(["DBSNP:rs397516975", "HGNC:3430", "HGVS_CODING:NM_004448.4:c.2314_2325dup", "NCBI_GENE:1956"], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Erbb2, Assert.Single(found["HGNC:3430"]).Id);
        Assert.Equal(Egfr, Assert.Single(found["NCBI_GENE:1956"]).Id);
        Assert.Equal(NodeById(Yvma), Assert.Single(found["DBSNP:rs397516975"]));
    }

    [SkippableFact]
    public async Task FindNodesByXrefs_SharedKey_ReturnsEveryCarrierInIdOrder()
    {
        var store = await CreateSeededStoreAsync();
        var pneumonitis = Node("pneumonitis", NodeKind.AdverseEvent, "pneumonitis") with
        {
            Xrefs = [new(XrefScheme.CtcaeV5, "10035742", VerificationStatus.Verified, Label: "Pneumonitis")],
        };
        await store.WriteAsync(GraphWrite.Upsert([pneumonitis], [], Curator(1)), None);

        var found = await store.FindNodesByXrefsAsync(["CTCAE_V5:10035742"], None);

        Assert.Equal([Ild, "pneumonitis"], found["CTCAE_V5:10035742"].Select(n => n.Id));
    }

    [SkippableFact]
    public async Task RewritingANode_ReplacesItsXrefs_AndDeletingItRemovesThem()
    {
        var store = await CreateSeededStoreAsync();
        var erbb2 = NodeById(Erbb2) with { Xrefs = [new(XrefScheme.Ensembl, "ENSG00000141736", VerificationStatus.FromKnowledge)] };
        await store.WriteAsync(GraphWrite.Upsert([erbb2], [], Curator(1)), None);

        var rewritten = await store.FindNodesByXrefsAsync(["HGNC:3430", "ENSEMBL:ENSG00000141736"], None);
        Assert.Equal(["ENSEMBL:ENSG00000141736"], rewritten.Keys);
        Assert.Equal(erbb2.Xrefs, (await store.GetNodesAsync([Erbb2], None))[Erbb2].Xrefs);

        await store.WriteAsync(new GraphWrite([], [], [Egfr], [], Curator(2)), None);
        Assert.Empty(await store.FindNodesByXrefsAsync(["NCBI_GENE:1956"], None));
    }

    [SkippableFact]
    public async Task FindNodesByXrefs_OverTheBound_IsRefused()
    {
        var store = await CreateSeededStoreAsync();
        var keys = Enumerable.Range(1, IGraphStore.MaxXrefKeys + 1).Select(i => $"HGNC:{i}").ToList();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.FindNodesByXrefsAsync(keys, None));
    }

    [SkippableFact]
    public async Task Search_ByAnOutsideId_RanksItsNodeFirst()
    {
        var store = await CreateSeededStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("rs397516975", null, 5), None);

        Assert.Equal(Yvma, hits[0].Node.Id);
    }
}
