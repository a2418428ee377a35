using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Her2Graph.Api.Caching;

/// <summary>
/// The cache shared by all API replicas: Redis through <see cref="RedisCache"/> on the process's one connection, behind a
/// <see cref="CircuitBreaker"/>. Every failure (refused, timed out, frozen server) is logged and turns into a miss or a
/// skipped write, so a client never sees it; while the circuit is open no call reaches Redis at all.
/// </summary>
internal sealed class RedisReadCache : IReadCache, IDisposable
{
    // Connecting and compiling the first calls take longer than a call may on a busy machine (seen: over 500 ms), so
    // the first calls are made once, at start, within this bound: the breaker then judges Redis, not the cold start.
    private static readonly TimeSpan WarmUpTimeout = TimeSpan.FromSeconds(5);

    private readonly IConnectionMultiplexer _connection;
    private readonly RedisCache _cache;
    private readonly ReadCacheOptions _options;
    private readonly ILogger<RedisReadCache> _logger;
    private readonly Task _warmUp;
    private long _attempts;

    public RedisReadCache(IConnectionMultiplexer connection, ReadCacheOptions options, TimeProvider clock, ILogger<RedisReadCache> logger)
    {
        _connection = connection;
        _options = options;
        _logger = logger;
        _cache = new RedisCache(Options.Create(new RedisCacheOptions
        {
            InstanceName = options.KeyPrefix,
            ConnectionMultiplexerFactory = () => Task.FromResult(connection),
        }));
        Breaker = new CircuitBreaker(options.BreakerCooldown, clock);
        _warmUp = WarmUpAsync();
    }

    public CircuitBreaker Breaker { get; }

    /// <summary>The first calls made at start (they never fault): other users of the connection wait for them too.</summary>
    public Task WarmUp => _warmUp;

    /// <summary>Calls that went to Redis (the circuit let them through), for tests and diagnostics.</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    public Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        CallAsync(token => _cache.GetAsync(key, token), null, cancellationToken);

    public Task SetAsync(string key, byte[] value, CancellationToken cancellationToken) =>
        CallAsync<object?>(
            async token =>
            {
                await _cache.SetAsync(key, value, new() { AbsoluteExpirationRelativeToNow = _options.EntryLifetime }, token);
                return null;
            },
            null,
            cancellationToken);

    /// <summary>Pings Redis through the circuit: an open circuit is reported as it is, without a call.</summary>
    public async Task<ReadCacheStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var pinged = await CallAsync<object?>(async _ => (object?)await _connection.GetDatabase().PingAsync(), null, cancellationToken) is not null;
        var circuit = Breaker.State;
        var up = pinged && circuit == CircuitState.Closed;
        var data = new Dictionary<string, object>
        {
            ["cache"] = "redis",
            ["redis"] = up ? "up" : "down",
            ["circuit"] = circuit switch { CircuitState.Closed => "closed", CircuitState.Open => "open", _ => "half-open" },
        };
        return up
            ? new ReadCacheStatus(true, "Redis answers: reads are cached there, shared by all replicas.", data)
            : new ReadCacheStatus(false, "Redis does not answer: reads go to the graph store until it does.", data);
    }

    private async Task WarmUpAsync()
    {
        await Task.Yield();
        try
        {
            const string key = "warm-up";
            await _connection.GetDatabase().PingAsync().WaitAsync(WarmUpTimeout);
            await _cache.SetAsync(key, [1], new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) }).WaitAsync(WarmUpTimeout);
            await _cache.GetAsync(key).WaitAsync(WarmUpTimeout);
        }
        catch (Exception exception)
        {
            Breaker.Failed();
            _logger.LogWarning(exception, "Redis does not answer at start; reads go to the graph store, and Redis is tried again in {Cooldown}", _options.BreakerCooldown);
        }
    }

    private async Task<T?> CallAsync<T>(Func<CancellationToken, Task<T?>> call, T? fallback, CancellationToken cancellationToken)
    {
        if (!_warmUp.IsCompleted) await _warmUp.WaitAsync(cancellationToken);
        if (!Breaker.TryEnter()) return fallback;
        Interlocked.Increment(ref _attempts);
        try
        {
            // The client enforces its own timeouts only on its heartbeat (about once a second); this bounds the wait exactly.
            var result = await call(cancellationToken).WaitAsync(_options.RedisTimeout, cancellationToken);
            Breaker.Succeeded();
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Breaker.Abandoned();
            throw;
        }
        catch (Exception exception)
        {
            // Whatever went wrong, it was the cache's problem, not the reader's: the store answers instead.
            Breaker.Failed();
            _logger.LogWarning(exception, "A Redis call failed; reads go to the graph store, and Redis is tried again in {Cooldown}", _options.BreakerCooldown);
            return fallback;
        }
    }

    public void Dispose() => _cache.Dispose();
}
