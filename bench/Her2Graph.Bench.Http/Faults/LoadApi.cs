using Her2Graph.Bench.Http.Hosting;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// The published API as production runs it (Production settings, limiter and metrics on), over its own SQLite file seeded
/// from graph-seed/ and a read cache in its own redis-server, with a curator key made for the run and the rate limits
/// raised for one address's 64 clients.
/// </summary>
internal sealed class LoadApi : IAsyncDisposable
{
    /// <summary>
    /// The keyed budgets raised as <see cref="ApiServer.RaisedRateLimits"/> raises the anonymous ones: the run's writers
    /// share one key, which would otherwise have 80 requests and 20 write points a second between them.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> RaisedKeyedLimits = new Dictionary<string, string>
    {
        ["Her2Graph__RateLimits__KeyedRequests__TokenLimit"] = "200000",
        ["Her2Graph__RateLimits__KeyedRequests__TokensPerPeriod"] = "200000",
        ["Her2Graph__RateLimits__KeyedReads__TokenLimit"] = "200000000",
        ["Her2Graph__RateLimits__KeyedReads__TokensPerPeriod"] = "200000000",
        ["Her2Graph__RateLimits__KeyedWrites__TokenLimit"] = "200000000",
        ["Her2Graph__RateLimits__KeyedWrites__TokensPerPeriod"] = "200000000",
    };

    private LoadApi(PinnedProcess api, RedisProcess redis, CuratorKey key, Uri metrics)
    {
        Api = api;
        Redis = redis;
        Key = key;
        Metrics = metrics;
    }

    public PinnedProcess Api { get; }

    public RedisProcess Redis { get; }

    public CuratorKey Key { get; }

    /// <summary>The Prometheus scrape endpoint, on the API's own metrics port.</summary>
    public Uri Metrics { get; }

    public static async Task<LoadApi> StartAsync(string apiDirectory, string work, string name)
    {
        var redis = await RedisProcess.StartAsync(PinnedProcess.FreePort());
        try
        {
            var key = new CuratorKey();
            var metricsPort = PinnedProcess.FreePort();
            var settings = new Dictionary<string, string>(RaisedKeyedLimits)
            {
                ["Her2Graph__Redis__Configuration"] = redis.Configuration,
                ["Her2Graph__Telemetry__PrometheusPort"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            foreach (var (setting, value) in key.Settings) settings[setting] = value;
            var api = await ApiServer.StartAsync(apiDirectory, Path.Combine(work, $"{name}.db"), null, Path.Combine(work, $"{name}.log"), settings: settings);
            try
            {
                await WaitForRedisAsync(api.Url);
            }
            catch
            {
                await api.DisposeAsync();
                throw;
            }

            return new LoadApi(api, redis, key, new Uri($"http://127.0.0.1:{metricsPort}/metrics"));
        }
        catch
        {
            redis.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Until the API reports Redis up and its circuit closed (ready already, but possibly still on the store alone: its
    /// first Redis call can fail while the connection is being made, which opens the circuit for its cooldown).
    /// </summary>
    private static async Task WaitForRedisAsync(Uri api)
    {
        using var client = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string health;
        do
        {
            health = await client.GetStringAsync("/health/ready");
            if (health.Contains("\"redis\":\"up\"", StringComparison.Ordinal)) return;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"the API did not report Redis up within 30 s: {health}");
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        Redis.Dispose();
    }
}
