using Her2Graph.Api.Caching;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>
/// The lookup by cross-reference key is cached like the other reads: keyed by graph version and the set of keys, its
/// entry decoding to the same nodes, cross-references included. The seed gives one CTCAE v5.0 code to two events.
/// </summary>
public sealed class XrefCacheTests
{
    private const string SharedCtcae = "CTCAE_V5:10001551";
    private const string Hgnc = "HGNC:3430";

    [Fact]
    public async Task FindNodesByXrefs_AskedAgainAtTheSameVersion_IsServedFromTheCacheInAnyKeyOrder()
    {
        using var api = new CacheApiFactory(redis: null);
        api.Store.Clear();

        var first = await api.CachedStore.FindNodesByXrefsAsync([SharedCtcae, Hgnc], CancellationToken.None);
        var firstCalls = api.Store.Calls;
        api.Store.Clear();
        var second = await api.CachedStore.FindNodesByXrefsAsync([Hgnc, SharedCtcae, Hgnc], CancellationToken.None);

        Assert.Equal(["GetVersion", "FindNodesByXrefs(2 keys)"], firstCalls);
        Assert.Equal(["GetVersion"], api.Store.Calls);
        Assert.Equal(["ALT increased", "transaminases increased"], first[SharedCtcae].Select(n => n.Id));
        Assert.Equal("ERBB2", Assert.Single(first[Hgnc]).Id);
        Assert.Equal(first[SharedCtcae], second[SharedCtcae]);
        Assert.Equal(first[Hgnc][0].Xrefs, second[Hgnc][0].Xrefs);
    }

    [Fact]
    public async Task FindNodesByXrefs_AfterAWrite_ReachesTheStoreAgain()
    {
        using var api = new CacheApiFactory(redis: null);
        await api.CachedStore.FindNodesByXrefsAsync([Hgnc], CancellationToken.None);

        await CacheProbe.AddAliasAsync(api.CachedStore, "CACHE-PROBE-XREF");
        api.Store.Clear();
        await api.CachedStore.FindNodesByXrefsAsync([Hgnc], CancellationToken.None);

        Assert.Equal(["GetVersion", "FindNodesByXrefs(1 keys)"], api.Store.Calls);
    }

    [Fact]
    public async Task CacheEntry_NodesByXref_DecodesToTheSameNodesWithTheirXrefsAndStamps()
    {
        using var api = new CacheApiFactory(redis: null);
        var found = await api.Store.FindNodesByXrefsAsync([SharedCtcae, Hgnc, "CHEMBL:CHEMBL0"], CancellationToken.None);

        var back = CacheEntries.DecodeXrefs(CacheEntries.Encode(found));

        Assert.Equal(found.Keys.Order(StringComparer.Ordinal), back.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, nodes) in found)
        {
            Assert.Equal(nodes, back[key]);
            Assert.Equal(nodes.Select(n => n.Audit), back[key].Select(n => n.Audit));
            Assert.All(nodes, n => Assert.NotEmpty(n.Xrefs));
        }

        var alt = back[SharedCtcae][0].Xrefs.Single(x => x.Key == SharedCtcae);
        Assert.Equal(("Alanine aminotransferase increased", VerificationStatus.Verified), (alt.Label, alt.Status));
    }
}
