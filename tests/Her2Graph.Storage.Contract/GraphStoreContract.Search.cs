using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableTheory]
    [InlineData("T-DXd")]
    [InlineData("t-dxd")]
    [InlineData("TDXd")]
    [InlineData("DS-8201")]
    [InlineData("DS8201")]
    [InlineData("Enhertu")]
    public async Task Search_AliasOrCodeWithPunctuation_FindsTheDrugFirst(string text)
    {
        var store = await CreateSeededStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery(text, null, 10), None);

        Assert.Equal(Tdxd, hits[0].Node.Id);
        Assert.Equal("alias", hits[0].MatchedField);
    }

    [SkippableTheory]
    [InlineData("T-DX")]
    [InlineData("DS-82")]
    [InlineData("enh")]
    [InlineData("trastuzumab derux")]
    public async Task Search_Prefix_FindsTheDrug(string text)
    {
        var store = await CreateSeededStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery(text, null, 10), None);

        Assert.Contains(hits, hit => hit.Node.Id == Tdxd);
    }

    [SkippableFact]
    public async Task Search_ExactNameMatch_RanksFirst()
    {
        var store = await CreateSeededStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("ERBB2", null, 20), None);

        Assert.Equal(Erbb2, hits[0].Node.Id);
        Assert.Equal("name", hits[0].MatchedField);
        Assert.True(hits.Count > 1);
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Node.Id), hits.Select(h => h.Node.Id));
    }

    [SkippableFact]
    public async Task Search_KindsFilter_ReturnsOnlyThoseKinds()
    {
        var store = await CreateSeededStoreAsync();

        var genes = await store.SearchAsync(new SearchQuery("ERBB2", [NodeKind.Gene], 20), None);
        var variants = await store.SearchAsync(new SearchQuery("ERBB2", [NodeKind.Variant, NodeKind.VariantClass], 20), None);

        Assert.Equal([Erbb2], genes.Select(h => h.Node.Id));
        Assert.Equal(Nodes.Count(n => n.Kind is NodeKind.Variant or NodeKind.VariantClass), variants.Count);
        Assert.All(variants, hit => Assert.NotEqual(NodeKind.Gene, hit.Node.Kind));
    }

    [SkippableTheory]
    [InlineData("ADC", Tdxd, "drugClass")]
    [InlineData("pan-HER", Poziotinib, "selectivity")]
    [InlineData("EGFR-sparing", Zongertinib, "selectivity")]
    [InlineData("exon 20", Exon20, "name")]
    [InlineData("interstitial", Ild, "alias")]
    [InlineData("NCT04644237", Lung02, "id")]
    public async Task Search_ClassWordsCodesAndText_FindTheNode(string text, string id, string field)
    {
        var store = await CreateSeededStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery(text, null, 10), None);

        Assert.Equal(id, hits[0].Node.Id);
        Assert.Equal(field, hits[0].MatchedField);
    }

    [SkippableFact]
    public async Task Search_First_LimitsTheHits()
    {
        var store = await CreateSeededStoreAsync();

        var hits = await store.SearchAsync(new SearchQuery("ERBB2", null, 2), None);

        Assert.Equal(2, hits.Count);
    }

    [SkippableTheory]
    [InlineData("osimertinib")]
    [InlineData("   ")]
    [InlineData("-")]
    public async Task Search_NothingMatches_ReturnsEmpty(string text)
    {
        var store = await CreateSeededStoreAsync();

        Assert.Empty(await store.SearchAsync(new SearchQuery(text, null, 10), None));
    }

    [SkippableFact]
    public async Task Search_AfterUpdateAndDelete_FollowsTheWrites()
    {
        var store = await CreateSeededStoreAsync();
        var renamed = NodeById(Poziotinib) with { Aliases = ["NOV120101"] };

        await store.WriteAsync(new GraphWrite([renamed], [], [Zongertinib], [], Curator(1)), None);

        Assert.Empty(await store.SearchAsync(new SearchQuery("HM781", null, 10), None));
        Assert.Equal([Poziotinib], (await store.SearchAsync(new SearchQuery("NOV120101", null, 10), None)).Select(h => h.Node.Id));
        Assert.Empty(await store.SearchAsync(new SearchQuery("zongertinib", null, 10), None));
    }
}
