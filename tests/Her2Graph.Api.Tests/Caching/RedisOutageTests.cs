using System.Net;
using System.Text.Json;
using Her2Graph.Api.Caching;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>
/// Redis killed or frozen under a running API: queries keep answering, from the store, with current data, and an open
/// circuit keeps later requests away from Redis. Each test breaks its own redis-server. Nothing here is timed: the
/// breaker's clock is a <see cref="ManualClock"/> and the assertions count Redis calls.
/// </summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task RedisUnreachableAtStart_Queries_AnswerFromTheStoreAndHealthIsDegraded()
    {
        using var api = new CacheApiFactory($"127.0.0.1:{RedisServer.FreePort()}");

        var first = await CacheProbe.AskAsync(api);
        var second = await CacheProbe.AskAsync(api);
        var health = await ReadyCacheCheckAsync(api);

        Assert.Equal(first.Answer, second.Answer);
        Assert.Equal(CircuitState.Open, api.Redis.Breaker.State);
        Assert.Equal(0, api.Redis.Attempts);
        AssertReadyButDegraded(health, "redis", "down");
    }

    [SkippableFact]
    public async Task RedisKilled_MidRun_QueriesStillAnswerWithCurrentData()
    {
        Requirement.SkipIf(RedisServer.Binary is null, RedisServer.MissingReason);
        using var server = RedisServer.Start();
        using var api = new CacheApiFactory(server.Address);
        var warm = await CacheProbe.AskAsync(api);

        server.Kill();
        var afterKill = await CacheProbe.AskAsync(api);
        await CacheProbe.AddAliasAsync(api.CachedStore, "CACHE-PROBE-KILLED");
        var afterWrite = await CacheProbe.AskAsync(api);
        var health = await ReadyCacheCheckAsync(api);

        Assert.Equal(warm.Answer, afterKill.Answer);
        Assert.Contains("CACHE-PROBE-KILLED", CacheProbe.Aliases(afterWrite));
        AssertReadyButDegraded(health, "redis", "down");
    }

    [SkippableFact]
    public async Task RedisFrozen_MidRun_QueriesAnswerAndTheOpenCircuitStopsRedisCalls()
    {
        Requirement.SkipIf(RedisServer.Binary is null, RedisServer.MissingReason);
        using var server = RedisServer.Start();
        using var api = new CacheApiFactory(server.Address);
        var warm = await CacheProbe.AskAsync(api);

        server.Freeze();
        var frozen = await CacheProbe.AskAsync(api);
        var attemptsAfterFirstFailure = api.Redis.Attempts;
        await CacheProbe.AddAliasAsync(api.CachedStore, "CACHE-PROBE-FROZEN");
        var later = new List<GraphQLResponse>();
        for (var i = 0; i < 3; i++) later.Add(await CacheProbe.AskAsync(api));
        var health = await ReadyCacheCheckAsync(api);

        Assert.Equal(warm.Answer, frozen.Answer);
        Assert.All(later, response => Assert.Contains("CACHE-PROBE-FROZEN", CacheProbe.Aliases(response)));
        Assert.Equal(CircuitState.Open, api.Redis.Breaker.State);
        Assert.Equal(attemptsAfterFirstFailure, api.Redis.Attempts);
        AssertReadyButDegraded(health, "circuit", "open");
    }

    [SkippableFact]
    public async Task RedisThawed_AfterCooldown_OneTrialCallClosesTheCircuit()
    {
        Requirement.SkipIf(RedisServer.Binary is null, RedisServer.MissingReason);
        using var server = RedisServer.Start();
        using var api = new CacheApiFactory(server.Address);
        await CacheProbe.AskAsync(api);
        server.Freeze();
        await CacheProbe.AskAsync(api);
        var attemptsWhileOpen = api.Redis.Attempts;

        server.Thaw();
        await CacheProbe.AskAsync(api);
        var attemptsBeforeCooldown = api.Redis.Attempts;
        api.Clock.Advance(api.Services.GetRequiredService<ReadCacheOptions>().BreakerCooldown + TimeSpan.FromSeconds(1));
        await CacheProbe.AskAsync(api);

        Assert.Equal(attemptsWhileOpen, attemptsBeforeCooldown);
        Assert.True(api.Redis.Attempts > attemptsBeforeCooldown);
        Assert.Equal(CircuitState.Closed, api.Redis.Breaker.State);
    }

    /// <summary>The API stays ready (200) with the cache check Degraded, its data naming what is wrong with Redis.</summary>
    private static void AssertReadyButDegraded((HttpStatusCode Status, JsonElement Check) health, string item, string expected)
    {
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("Degraded", health.Check.GetProperty("status").GetString());
        Assert.Equal(expected, health.Check.GetProperty("data").GetProperty(item).GetString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Check)> ReadyCacheCheckAsync(CacheApiFactory api)
    {
        using var client = api.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("checks").GetProperty("cache").Clone());
    }
}
