using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>The cache with no Redis configured (the default): in this process's memory, keyed by graph version too.</summary>
public sealed class InMemoryCacheTests
{
    [Fact]
    public async Task RepeatedQuery_NoRedisConfigured_IsServedFromMemory()
    {
        using var api = new CacheApiFactory(redis: null);
        api.Store.Clear();

        var first = await CacheProbe.AskAsync(api);
        var firstCalls = api.Store.Calls;
        api.Store.Clear();
        var second = await CacheProbe.AskAsync(api);

        Assert.Equal("GetVersion", firstCalls[0]);
        Assert.Equal(1, firstCalls.Count(call => call == "GetVersion"));
        Assert.Contains(firstCalls, call => call != "GetVersion");
        Assert.Equal(["GetVersion"], api.Store.Calls);
        Assert.Equal(first.Answer, second.Answer);
    }

    [Fact]
    public async Task WriteThroughStore_NoRedisConfigured_NextReadSeesIt()
    {
        using var api = new CacheApiFactory(redis: null);
        var before = await CacheProbe.AskAsync(api);
        await CacheProbe.AskAsync(api);

        await CacheProbe.AddAliasAsync(api.CachedStore, "CACHE-PROBE-MEMORY");
        var after = await CacheProbe.AskAsync(api);

        Assert.DoesNotContain("CACHE-PROBE-MEMORY", CacheProbe.Aliases(before));
        Assert.Contains("CACHE-PROBE-MEMORY", CacheProbe.Aliases(after));
    }

    [Fact]
    public async Task Mutation_NoRedisConfigured_NextReadSeesIt()
    {
        using var api = new CacheApiFactory(redis: null);
        var before = await CacheProbe.AskAsync(api, CacheProbe.NewDrugQuery);
        await CacheProbe.AskAsync(api, CacheProbe.NewDrugQuery);

        await CacheProbe.CreateDrugAsync(api);
        var after = await CacheProbe.AskAsync(api, CacheProbe.NewDrugQuery);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.Data.GetProperty("drug").ValueKind);
        Assert.Equal("Cacheinib", after.Data.GetProperty("drug").GetProperty("name").GetString());
    }

    [Fact]
    public async Task WriteInsideRequestScope_LaterRead_SeesTheWriteAndVersionIsReadOnce()
    {
        using var api = new CacheApiFactory(redis: null);
        using var scope = api.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IGraphStore>();
        api.Store.Clear();

        await store.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None);
        await store.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None);
        var versionReads = api.Store.Calls.Count(call => call == "GetVersion");
        await CacheProbe.AddAliasAsync(store, "CACHE-PROBE-SCOPE");
        var after = (await store.GetNodesAsync([CacheProbe.DrugId], CancellationToken.None))[CacheProbe.DrugId];

        Assert.Equal(1, versionReads);
        Assert.Contains("CACHE-PROBE-SCOPE", after.Aliases);
    }
}
