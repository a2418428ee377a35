using Her2Graph.Api.Caching;
using Her2Graph.Api.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>
/// Two stores that reach the same version number (two SQLite files seeded alike, then written differently) behind one
/// cache: keys carry each store's graph id, so neither is ever answered from the other's entries.
/// </summary>
public sealed class SharedCacheTests
{
    [Fact]
    public async Task TwoStoresAtTheSameVersion_OneMemoryCache_NeverShareEntries()
    {
        using var first = new CacheApiFactory(redis: null);
        using var second = new CacheApiFactory(redis: null);
        using var cache = new MemoryReadCache(new ReadCacheOptions());
        var a = new CachedGraphStore(first.Store, cache, NullLogger<CachedGraphStore>.Instance);
        var b = new CachedGraphStore(second.Store, cache, NullLogger<CachedGraphStore>.Instance);

        await a.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None);
        second.Store.Clear();
        await b.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None);
        var secondCallsAtSeed = second.Store.Calls;
        var writtenA = await CacheProbe.AddAliasAsync(a, "ONLY-IN-A");
        var writtenB = await CacheProbe.AddAliasAsync(b, "ONLY-IN-B");
        var readA = (await a.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None))[CacheProbe.DrugId];
        var readB = (await b.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None))[CacheProbe.DrugId];

        Assert.Equal(writtenA.Version, writtenB.Version);
        Assert.NotEqual((await a.GetVersionAsync(CancellationToken.None)).GraphId, (await b.GetVersionAsync(CancellationToken.None)).GraphId);
        Assert.Equal(["GetVersion", "GetNodes(1 ids)"], secondCallsAtSeed);
        Assert.Contains("ONLY-IN-A", readA.Aliases);
        Assert.DoesNotContain("ONLY-IN-B", readA.Aliases);
        Assert.Contains("ONLY-IN-B", readB.Aliases);
        Assert.DoesNotContain("ONLY-IN-A", readB.Aliases);
    }
}
