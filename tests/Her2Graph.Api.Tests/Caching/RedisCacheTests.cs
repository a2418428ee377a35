using System.Net;
using System.Text.Json;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using StackExchange.Redis;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>The cache on a real Redis shared by API replicas: hits, freshness after writes, prefixed versioned keys.</summary>
public sealed class RedisCacheTests(SharedRedis redis) : IClassFixture<SharedRedis>
{
    [SkippableFact]
    public async Task RepeatedQuery_OnRedis_IsServedFromTheCache()
    {
        using var api = Replica();
        api.Store.Clear();

        var first = await CacheProbe.AskAsync(api);
        var firstCalls = api.Store.Calls;
        api.Store.Clear();
        var second = await CacheProbe.AskAsync(api);

        Assert.Contains(firstCalls, call => call != "GetVersion");
        Assert.Equal(["GetVersion"], api.Store.Calls);
        Assert.Equal(first.Answer, second.Answer);
    }

    [SkippableFact]
    public async Task WriteThroughStore_OnRedis_NextReadSeesIt()
    {
        using var api = Replica();
        var before = await CacheProbe.AskAsync(api);
        await CacheProbe.AskAsync(api);

        await CacheProbe.AddAliasAsync(api.CachedStore, "CACHE-PROBE-REDIS");
        var after = await CacheProbe.AskAsync(api);

        Assert.DoesNotContain("CACHE-PROBE-REDIS", CacheProbe.Aliases(before));
        Assert.Contains("CACHE-PROBE-REDIS", CacheProbe.Aliases(after));
    }

    [SkippableFact]
    public async Task TwoReplicas_WriteOnOne_NextReadOnOtherSeesIt()
    {
        using var writer = Replica();
        _ = writer.Services;
        using var reader = Replica(writer.KeyPrefix, writer.SharedSqlitePath);
        var before = await CacheProbe.AskAsync(reader);
        writer.Store.Clear();
        await CacheProbe.AskAsync(writer);
        var writerCallsOnSharedEntry = writer.Store.Calls;

        await CacheProbe.AddAliasAsync(writer.CachedStore, "CACHE-PROBE-REPLICA");
        var after = await CacheProbe.AskAsync(reader);

        Assert.Equal(["GetVersion"], writerCallsOnSharedEntry);
        Assert.DoesNotContain("CACHE-PROBE-REPLICA", CacheProbe.Aliases(before));
        Assert.Contains("CACHE-PROBE-REPLICA", CacheProbe.Aliases(after));
    }

    [SkippableFact]
    public async Task Mutation_OnOneReplica_NextReadOnOtherSeesIt()
    {
        using var writer = Replica();
        _ = writer.Services;
        using var reader = Replica(writer.KeyPrefix, writer.SharedSqlitePath);
        var before = await CacheProbe.AskAsync(reader, CacheProbe.NewDrugQuery);
        reader.Store.Clear();
        await CacheProbe.AskAsync(reader, CacheProbe.NewDrugQuery);
        var cachedCalls = reader.Store.Calls;

        await CacheProbe.CreateDrugAsync(writer);
        var after = await CacheProbe.AskAsync(reader, CacheProbe.NewDrugQuery);

        Assert.Equal(["GetVersion"], cachedCalls);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.Data.GetProperty("drug").ValueKind);
        Assert.Equal("Cacheinib", after.Data.GetProperty("drug").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Keys_OnRedis_ArePrefixedAndCarryTheGraphIdAndVersion()
    {
        using var api = Replica();
        await CacheProbe.AskAsync(api);
        var version = await api.CachedStore.GetVersionAsync(CancellationToken.None);

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Address!);
        var keys = ((RedisResult[])(await connection.GetDatabase().ExecuteAsync("KEYS", api.KeyPrefix + "*"))!)
            .Select(key => key.ToString()).Where(key => key != api.KeyPrefix + "warm-up").ToList();

        Assert.StartsWith("her2graph:", api.KeyPrefix, StringComparison.Ordinal);
        Assert.All(keys, key => Assert.StartsWith($"{api.KeyPrefix}c2:{version.GraphId}:v", key, StringComparison.Ordinal));
        Assert.Contains(keys, key => key.StartsWith($"{api.KeyPrefix}c2:{version.GraphId}:v{version.Number}:neighbours:", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task TwoStoresAtTheSameVersion_OneRedisAndPrefix_NeverShareEntries()
    {
        using var first = Replica();
        _ = first.Services;
        using var second = Replica(first.KeyPrefix);
        await CacheProbe.AskAsync(first);
        await CacheProbe.AskAsync(second);

        var writtenFirst = await CacheProbe.AddAliasAsync(first.CachedStore, "ONLY-IN-FIRST");
        var writtenSecond = await CacheProbe.AddAliasAsync(second.CachedStore, "ONLY-IN-SECOND");
        var readFirst = CacheProbe.Aliases(await CacheProbe.AskAsync(first));
        var readSecond = CacheProbe.Aliases(await CacheProbe.AskAsync(second));

        Assert.NotEqual(first.SharedSqlitePath, second.SharedSqlitePath);
        Assert.Equal(writtenFirst.Version, writtenSecond.Version);
        Assert.Contains("ONLY-IN-FIRST", readFirst);
        Assert.DoesNotContain("ONLY-IN-SECOND", readFirst);
        Assert.Contains("ONLY-IN-SECOND", readSecond);
        Assert.DoesNotContain("ONLY-IN-FIRST", readSecond);
    }

    [SkippableFact]
    public async Task Health_RedisUp_ReportsRedisUpAndHealthy()
    {
        using var api = Replica();
        using var client = api.CreateClient();

        using var response = await client.GetAsync("/health/ready");
        var cache = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("cache");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", cache.GetProperty("status").GetString());
        Assert.Equal("redis", cache.GetProperty("data").GetProperty("cache").GetString());
        Assert.Equal("up", cache.GetProperty("data").GetProperty("redis").GetString());
        Assert.Equal("closed", cache.GetProperty("data").GetProperty("circuit").GetString());
    }

    private CacheApiFactory Replica(string? keyPrefix = null, string? sqlitePath = null)
    {
        Requirement.SkipIf(redis.Address is null, SharedRedis.SkipReason);
        return new CacheApiFactory(redis.Address, keyPrefix, sqlitePath);
    }
}
