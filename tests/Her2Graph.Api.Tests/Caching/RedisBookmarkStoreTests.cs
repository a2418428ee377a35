using System.Text.Json;
using Her2Graph.Api.Caching;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>
/// The Neo4j bookmarks API replicas share through a real Redis: a read on one replica waits for the writes made through
/// another (no Neo4j cluster runs here: the replicas talk to replayed Query API answers and the test reads their
/// requests). With Redis unreachable, reads go with write access, to the leader.
/// </summary>
public sealed class RedisBookmarkStoreTests(SharedRedis redis) : IClassFixture<SharedRedis>
{
    private const string ReplicaABookmark = "FB:kcwQt8DpQx5zR0uN3Oj/OudM3QaQ";

    [SkippableFact]
    public async Task TwoReplicas_OnNeo4jAndOneRedis_ReadsOnOneCarryTheOthersBookmark()
    {
        Requirement.SkipIf(redis.Address is null, SharedRedis.SkipReason);
        var prefix = $"her2graph:test-{Guid.NewGuid():N}:";
        using var replicaA = new Neo4jReplayApiFactory(("Her2Graph:Redis:Configuration", redis.Address!), ("Her2Graph:Redis:KeyPrefix", prefix));
        using var replicaB = new Neo4jReplayApiFactory(("Her2Graph:Redis:Configuration", redis.Address!), ("Her2Graph:Redis:KeyPrefix", prefix));
        replicaA.Neo4j.Bookmark = ReplicaABookmark;

        // Replica A's start-up writes (the schema statements) leave their bookmark in Redis; then B answers a query.
        using var clientA = replicaA.CreateClient();
        using var clientB = replicaB.CreateClient();
        replicaB.Neo4j.Bodies.Clear();
        using var response = await clientB.PostAsync("/graphql", JsonContent("{ graph { version } }"));
        response.EnsureSuccessStatusCode();

        var reads = replicaB.Neo4j.Bodies.Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, read => Assert.Equal("Read", read.GetProperty("accessMode").GetString()));
        Assert.All(reads, read => Assert.Equal([ReplicaABookmark], read.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString())));
    }

    [Fact]
    public async Task Replica_RedisUnreachable_ReadsGoWithWriteAccessWithoutBookmarks()
    {
        using var replica = new Neo4jReplayApiFactory(("Her2Graph:Redis:Configuration", $"127.0.0.1:{RedisServer.FreePort()}"));
        using var client = replica.CreateClient();
        replica.Neo4j.Bodies.Clear();

        using var response = await client.PostAsync("/graphql", JsonContent("{ graph { version } }"));
        response.EnsureSuccessStatusCode();

        var reads = replica.Neo4j.Bodies.Select(b => JsonDocument.Parse(b).RootElement).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, read => Assert.False(read.TryGetProperty("accessMode", out _)));
        Assert.All(reads, read => Assert.False(read.TryGetProperty("bookmarks", out _)));
    }

    [SkippableFact]
    public async Task TwoStores_WritersFromTheSameBookmarks_BothStayKnownUntilALaterWriteCoversThem()
    {
        Requirement.SkipIf(redis.Address is null, SharedRedis.SkipReason);
        var options = new ReadCacheOptions { Configuration = redis.Address!, KeyPrefix = $"her2graph:test-{Guid.NewGuid():N}:" };
        using var connection = await ConnectionMultiplexer.ConnectAsync(ReadCacheServiceCollectionExtensions.RedisConfiguration(options));
        var a = Store(connection, options);
        var b = Store(connection, options);

        await a.UpdateAsync([], ["FB:b0"], CancellationToken.None);
        var used = await b.GetAsync(CancellationToken.None) ?? [];
        await a.UpdateAsync(used, ["FB:b1"], CancellationToken.None);
        await b.UpdateAsync(used, ["FB:b2"], CancellationToken.None);
        var afterBoth = await Store(connection, options).GetAsync(CancellationToken.None);
        await a.UpdateAsync(afterBoth!, ["FB:b3"], CancellationToken.None);

        Assert.Equal(["FB:b0"], used);
        Assert.Equal(["FB:b1", "FB:b2"], afterBoth);
        Assert.Equal(["FB:b3"], await Store(connection, options).GetAsync(CancellationToken.None));
    }

    private static RedisBookmarkStore Store(IConnectionMultiplexer connection, ReadCacheOptions options) => new(
        connection, new CircuitBreaker(options.BreakerCooldown, TimeProvider.System), Task.CompletedTask, options, "neo4j.test:7474/neo4j",
        NullLogger<RedisBookmarkStore>.Instance);

    private static StringContent JsonContent(string query) =>
        new(JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json");
}
