using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// More cases for cross-references beside GraphStoreContract.Xrefs: kept whole through every read (not only by id),
/// part of the content a write compares, replaced down to none, only whole keys found, the search index in step. The
/// ids are those of her2-facts/identifiers.json with their statuses.
/// </summary>
public abstract partial class GraphStoreContract
{
    private const string AltIncreased = "ALT increased";

    // CTCAE v5.0 grades both events by the term Alanine aminotransferase increased: one key on two nodes.
    private static readonly CrossReference AltCtcae = new(
        XrefScheme.CtcaeV5, "10001551", VerificationStatus.Verified, "NCI CTCAE v5.0 table", "Alanine aminotransferase increased",
        Note: "system organ class: Investigations");

    // Every field of a cross-reference in use: sources, an allele other than the curated one, a caution, a label.
    private static readonly CrossReference[] YvmaXrefs =
    [
        new(XrefScheme.HgvsCoding, "NM_004448.4:c.2313_2324dup", VerificationStatus.Verified, "report fixture row"),
        new(XrefScheme.HgvsCoding, "NM_004448.4:c.2314_2325dup", VerificationStatus.FromKnowledge, "codon-aligned duplication", OtherAllele: true),
        new(XrefScheme.Clinvar, "44985", VerificationStatus.Verified, OtherAllele: true, Note: "ClinVar 44985 is the c.2314_2325dup allele"),
        new(XrefScheme.Cosmic, "COSM20959", VerificationStatus.Verified),
        new(XrefScheme.Dbsnp, "rs397516975", VerificationStatus.Verified, "dbSNP"),
    ];

    private static readonly CrossReference[] IldXrefs =
    [
        new(XrefScheme.MeddraPt, "10022611", VerificationStatus.FromKnowledge, "from knowledge (MedDRA not retrievable here)", "Interstitial lung disease"),
        new(XrefScheme.CtcaeV5, "10035742", VerificationStatus.Verified, "NCI CTCAE v5.0 table", "Pneumonitis",
            Note: "system organ class: Respiratory, thoracic and mediastinal disorders"),
    ];

    private static readonly CrossReference TdxdDrugbank = new(XrefScheme.Drugbank, "DB14962", VerificationStatus.Verified, "DrugBank open vocabulary");
    private static readonly CrossReference TdxdNcit = new(XrefScheme.Ncit, "C128799", VerificationStatus.Verified, "NCIt");
    private static readonly CrossReference TdxdUnii = new(XrefScheme.Unii, "5384HK7574", VerificationStatus.Verified, "FDA GSRS");

    [SkippableFact]
    public async Task Xrefs_Written_ReadBackUnchangedByEveryRead()
    {
        var store = await CreateSeededStoreAsync();
        var yvma = NodeById(Yvma) with { Xrefs = YvmaXrefs };
        var ild = NodeById(Ild) with { Xrefs = IldXrefs };
        await store.WriteAsync(GraphWrite.Upsert([yvma, ild], [], Curator(1)), None);

        var byId = await store.GetNodesAsync([Yvma, Ild], None);
        var listed = await store.ListNodesAsync(Query(NodeKind.Variant), None);
        var neighbour = (await store.GetAllNeighboursAsync([Erbb2], Direction.Incoming, [RelationshipType.InGene], None))[Erbb2]
            .Single(n => n.Node.Id == Yvma);
        var hit = (await store.SearchAsync(new SearchQuery("YVMA", [NodeKind.Variant], 5), None)).Single(h => h.Node.Id == Yvma);
        var path = (await store.FindPathsAsync(new PathQuery(Yvma, Erbb2, 1, null, 5), None))[0];
        var found = await store.FindNodesByXrefsAsync([YvmaXrefs[0].Key], None);

        Assert.Equal(YvmaXrefs, byId[Yvma].Xrefs);
        Assert.Equal(IldXrefs, byId[Ild].Xrefs);
        Assert.Equal(YvmaXrefs, listed.Nodes.Single(n => n.Node.Id == Yvma).Node.Xrefs);
        Assert.Equal(YvmaXrefs, neighbour.Node.Xrefs);
        Assert.Equal(YvmaXrefs, hit.Node.Xrefs);
        Assert.Equal(YvmaXrefs, path.Nodes[0].Xrefs);
        Assert.Equal(YvmaXrefs, Assert.Single(found[YvmaXrefs[0].Key]).Xrefs);
        Assert.Equal(yvma, byId[Yvma]);
        Assert.Equal(NodeById(Erbb2).Xrefs, (await store.GetNodesAsync([Erbb2], None))[Erbb2].Xrefs);
    }

    [SkippableFact]
    public async Task Xrefs_SameNodeWrittenAgain_IsUnchanged()
    {
        var store = await CreateSeededStoreAsync();
        var yvma = NodeById(Yvma) with { Xrefs = YvmaXrefs };
        var first = await store.WriteAsync(GraphWrite.Upsert([yvma], [], Curator(1)), None);

        var again = await store.WriteAsync(GraphWrite.Upsert([yvma], [], Curator(2)), None);
        var reordered = await store.WriteAsync(GraphWrite.Upsert([yvma with { Xrefs = [.. YvmaXrefs.Reverse()] }], [], Curator(3)), None);

        Assert.Equal(new WriteCounts(0, 1, 0, 0), first.Nodes);
        Assert.False(again.Changed);
        Assert.Equal(first.Version, again.Version);
        Assert.True(reordered.Changed, "the curated order of cross-references is content");
    }

    [SkippableFact]
    public async Task Xrefs_NodeRewritten_ReplacesItsXrefsAndTheLookup()
    {
        var store = await CreateSeededStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert([NodeById(Tdxd) with { Xrefs = [TdxdDrugbank, TdxdNcit] }], [], Curator(1)), None);

        await store.WriteAsync(GraphWrite.Upsert([NodeById(Tdxd) with { Xrefs = [TdxdNcit, TdxdUnii] }], [], Curator(2)), None);

        var found = await store.FindNodesByXrefsAsync([TdxdDrugbank.Key, TdxdNcit.Key, TdxdUnii.Key], None);
        Assert.Equal([TdxdNcit.Key, TdxdUnii.Key], found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found.Values, nodes => Assert.Equal(Tdxd, Assert.Single(nodes).Id));
        Assert.Equal([TdxdNcit, TdxdUnii], (await store.GetNodesAsync([Tdxd], None))[Tdxd].Xrefs);
        Assert.DoesNotContain(await store.SearchAsync(new SearchQuery("DB14962", null, 10), None), h => h.Node.Id == Tdxd);

        await store.WriteAsync(GraphWrite.Upsert([NodeById(Tdxd)], [], Curator(3)), None);

        Assert.Empty(await store.FindNodesByXrefsAsync([TdxdDrugbank.Key, TdxdNcit.Key, TdxdUnii.Key], None));
        Assert.Empty((await store.GetNodesAsync([Tdxd], None))[Tdxd].Xrefs);
    }

    [SkippableFact]
    public async Task Xrefs_NodeDeleted_AreGoneFromTheLookupAndSearch()
    {
        var store = await CreateSeededStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert([NodeById(Ild) with { Xrefs = IldXrefs }], [], Curator(1)), None);

        await store.WriteAsync(new GraphWrite([], [], [Ild], [], Curator(2)), None);

        Assert.Empty(await store.FindNodesByXrefsAsync(IldXrefs.Select(x => x.Key).ToList(), None));
        Assert.Empty(await store.SearchAsync(new SearchQuery("10035742", null, 10), None));

        // Written again, the node starts with only the cross-references it is written with.
        await store.WriteAsync(GraphWrite.Upsert([NodeById(Ild) with { Xrefs = [IldXrefs[1]] }], [], Curator(3)), None);

        var found = await store.FindNodesByXrefsAsync(IldXrefs.Select(x => x.Key).ToList(), None);
        Assert.Equal([IldXrefs[1].Key], found.Keys);
    }

    [SkippableFact]
    public async Task FindNodesByXrefs_NodeCarryingSeveralKeys_IsUnderEachKey()
    {
        var store = await CreateSeededStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert([NodeById(Yvma) with { Xrefs = YvmaXrefs }], [], Curator(1)), None);
        var keys = YvmaXrefs.Select(x => x.Key).ToList();

        var found = await store.FindNodesByXrefsAsync([.. keys, keys[0]], None);

        Assert.Equal(keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found.Values, nodes => Assert.Equal(Yvma, Assert.Single(nodes).Id));
        Assert.Equal("HGVS_CODING:NM_004448.4:c.2313_2324dup", keys[0]);
        Assert.Equal("CLINVAR:44985", keys[2]);
    }

    [SkippableTheory]
    [InlineData("CTCAE_V5:1000155")]
    [InlineData("CTCAE_V5:100015510")]
    [InlineData("TCAE_V5:10001551")]
    [InlineData("ctcae_v5:10001551")]
    [InlineData("MEDDRA_PT:10001551")]
    [InlineData("10001551")]
    [InlineData("CTCAE_V5:10001551|")]
    [InlineData("")]
    public async Task FindNodesByXrefs_KeyNoNodeCarries_IsAbsent(string key)
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert([Node(AltIncreased, NodeKind.AdverseEvent, "ALT increased") with { Xrefs = [AltCtcae] }], [], Seed), None);

        var found = await store.FindNodesByXrefsAsync([key, "CHEMBL:CHEMBL1201585"], None);

        Assert.Empty(found);
    }

    [SkippableFact]
    public async Task FindNodesByXrefs_NoKeysOrEmptyStore_IsEmpty()
    {
        var store = await CreateStoreAsync();

        Assert.Empty(await store.FindNodesByXrefsAsync([], None));
        Assert.Empty(await store.FindNodesByXrefsAsync([AltCtcae.Key], None));
    }

    [SkippableTheory]
    [InlineData("DB14962", Tdxd)]
    [InlineData("db14962", Tdxd)]
    [InlineData("C128799", Tdxd)]
    [InlineData("rs397516975", Yvma)]
    [InlineData("COSM20959", Yvma)]
    [InlineData("NM_004448.4:c.2313_2324dup", Yvma)]
    [InlineData("10035742", Ild)]
    public async Task Search_XrefId_FindsTheNodeFirstAsAnExactMatch(string text, string expected)
    {
        var store = await CreateSeededStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert(
            [NodeById(Tdxd) with { Xrefs = [TdxdDrugbank, TdxdNcit] }, NodeById(Yvma) with { Xrefs = YvmaXrefs }, NodeById(Ild) with { Xrefs = IldXrefs }],
            [], Curator(1)), None);

        var hits = await store.SearchAsync(new SearchQuery(text, null, 10), None);

        Assert.Equal(expected, hits[0].Node.Id);
        Assert.True(hits[0].Score >= 1000, $"'{text}' scored {hits[0].Score}, below an exact match");
    }

    [SkippableFact]
    public async Task Search_PartOfAnXrefId_FindsTheNodeByPrefixNotExactly()
    {
        var store = await CreateSeededStoreAsync();
        await store.WriteAsync(GraphWrite.Upsert([NodeById(Yvma) with { Xrefs = YvmaXrefs }], [], Curator(1)), None);

        var hits = await store.SearchAsync(new SearchQuery("c.2313_2324", null, 10), None);

        Assert.Equal(Yvma, Assert.Single(hits).Node.Id);
        Assert.True(hits[0].Score < 1000, $"a part of an id scored {hits[0].Score}, as if exact");
    }
}
