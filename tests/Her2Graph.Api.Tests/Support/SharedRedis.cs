namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The Redis that tests which do not break it share: <c>HER2GRAPH_TEST_REDIS</c> (host:port, set by scripts/test.sh)
/// when set, else a <see cref="RedisServer"/> of this test class, else none (the tests skip). Tests keep apart by key prefix.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    public const string Variable = "HER2GRAPH_TEST_REDIS";

    private readonly RedisServer? _own;

    public SharedRedis()
    {
        Address = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address ? address : null;
        if (Address is null && RedisServer.Binary is not null)
        {
            _own = RedisServer.Start();
            Address = _own.Address;
        }
    }

    public string? Address { get; }

    public const string SkipReason = "no Redis: set " + Variable + "=host:port, or install redis-server (scripts/test.sh does both)";

    public void Dispose() => _own?.Dispose();
}
