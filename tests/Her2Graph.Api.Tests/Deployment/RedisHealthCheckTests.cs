using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>The redis service's health check as compose resolves it, run by /bin/sh against a real redis-server of the test's own.</summary>
public sealed class RedisHealthCheckTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task RedisHealthCheck_ServerUpThenKilled_PassesThenFails()
    {
        Requirement.SkipIf(RedisServer.Binary is null, RedisServer.MissingReason);
        var resolved = await ComposeConfig.ResolvedAsync();
        var test = ComposeConfig.Sequence(ComposeConfig.Mapping(ComposeConfig.Mapping(ComposeConfig.Mapping(resolved, "services"), "redis"), "healthcheck"), "test")
            .Select(t => t.ToString()).ToList();
        Assert.Equal("CMD-SHELL", test[0]);
        using var server = RedisServer.Start();

        // In the container redis-cli reaches its own server on the default port; here, the test's server.
        var command = test[1].Replace("redis-cli", $"redis-cli -p {server.Port}", StringComparison.Ordinal);
        var up = await Command.RunAsync(Command.StartInfo("/bin/sh", ["-c", command], Path.GetTempPath()), Timeout);
        server.Kill();
        var down = await Command.RunAsync(Command.StartInfo("/bin/sh", ["-c", command], Path.GetTempPath()), Timeout);

        Assert.True(up.ExitCode == 0, up.Describe());
        Assert.NotEqual(0, down.ExitCode);
    }
}
