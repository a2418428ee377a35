using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Her2Graph.Bench.Http.Queries;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// The <c>redis-fault</c> mode: the load of <see cref="LoadRun"/>, the API's redis-server killed with SIGKILL a quarter
/// into the run and started again, empty, on the same port at 45 %. Passes when no read (and no write) failed, every
/// write was read back, the cache was hit before the kill, reads went on while Redis was gone, and the API reads hits from the new server (its
/// <c>her2graph_cache_hits_total</c> grows again and the new server counts keyspace hits).
/// </summary>
internal static class RedisFaultRun
{
    private const double KillAt = 0.25;
    private const double RestartAt = 0.45;

    // Past the run, how long hits may take to come back: the breaker's cooldown (5 s) and the client's reconnect.
    private static readonly TimeSpan ResumeGrace = TimeSpan.FromSeconds(30);

    public static async Task<FaultOutcome> RunAsync(string apiDirectory, string work, int clients, TimeSpan duration)
    {
        await using var api = await LoadApi.StartAsync(apiDirectory, work, "redis-fault");
        Console.WriteLine($"redis-fault: {clients} clients for {duration.TotalSeconds:F0} s; redis-server on {api.Redis.Port} killed at {duration * KillAt:g}, restarted at {duration * RestartAt:g} …");
        var load = new MixedLoad(api.Api.Url, api.Key.Key, clients, duration, seed: 15);
        var running = load.RunAsync();
        var clock = Stopwatch.StartNew();

        await Task.Delay(duration * KillAt);
        var hitsBeforeKill = await CacheHits.ReadAsync(api.Metrics);
        var readsAtKill = load.Counters.Reads;
        api.Redis.Kill();
        var killedAt = clock.Elapsed;

        var outage = duration * RestartAt - clock.Elapsed;
        if (outage > TimeSpan.Zero) await Task.Delay(outage);
        var readsInOutage = load.Counters.Reads - readsAtKill;
        var hitsInOutage = await CacheHits.ReadAsync(api.Metrics) - hitsBeforeKill;
        await api.Redis.RestartAsync();
        var restartedAt = clock.Elapsed;
        var hitsAtRestart = await CacheHits.ReadAsync(api.Metrics);

        var resumedAfter = await WaitForHitsAsync(api, hitsAtRestart, running, restartedAt, clock);
        var result = await running;
        var serverHits = await api.Redis.KeyspaceHitsAsync();

        var lines = LoadRun.Summary(result).ToList();
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"redis-server killed at {killedAt.TotalSeconds:F1} s, restarted at {restartedAt.TotalSeconds:F1} s: {readsInOutage:N0} reads answered while it was gone, {result.ReadErrors} reads failed in the whole run"));
        var resumed = resumedAfter is { } after
            ? string.Create(CultureInfo.InvariantCulture, $"again {after.TotalSeconds:F1} s after the restart")
            : $"none within {ResumeGrace.TotalSeconds:F0} s after the run";
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"cache hits: {hitsBeforeKill:N0} before the kill, {hitsInOutage:N0} while Redis was gone, {resumed}; the new redis-server counted {serverHits:N0} keyspace hits"));
        var passed = result.Passed && hitsBeforeKill > 0 && readsInOutage > 0 && resumedAfter is not null && serverHits > 0;
        return new FaultOutcome("redis-fault", passed, lines);
    }

    /// <summary>
    /// The time from the restart to the first scrape whose hits exceed <paramref name="hitsAtRestart"/>; past the run's end
    /// the same warm read is sent every half second, for up to <see cref="ResumeGrace"/>; null if hits never came back.
    /// </summary>
    private static async Task<TimeSpan?> WaitForHitsAsync(LoadApi api, double hitsAtRestart, Task<LoadResult> running, TimeSpan restartedAt, Stopwatch clock)
    {
        using var client = new HttpClient { BaseAddress = api.Api.Url };
        var warm = CanonicalQueries.All()[0].WarmBody();
        Stopwatch? grace = null;
        while (grace is null || grace.Elapsed < ResumeGrace)
        {
            if (await CacheHits.ReadAsync(api.Metrics) > hitsAtRestart) return clock.Elapsed - restartedAt;
            if (running.IsCompleted)
            {
                grace ??= Stopwatch.StartNew();
                using var content = new ByteArrayContent(warm);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var _ = await client.PostAsync("/graphql", content);
            }

            await Task.Delay(500);
        }

        return null;
    }
}
