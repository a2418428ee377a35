extern alias bench;
using bench::Her2Graph.Bench.Http.Faults;

namespace Her2Graph.Bench.Tests.Faults;

/// <summary>
/// Short runs of the load and fault modes against the API and CLI assemblies built beside these tests (real processes,
/// a real redis-server, real SQLite files). They assert what the modes promise, never how fast.
/// </summary>
public sealed class FaultModeTests : IDisposable
{
    private const string NoRedis = "redis-server is not installed: apt-get install redis-server (scripts/test.sh installs it)";
    private readonly string _work = Directory.CreateTempSubdirectory("her2graph-fault-tests-").FullName;

    [SkippableFact]
    public async Task Load_EightClientsForThreeSeconds_NoErrorsAndEveryAcknowledgedWriteReadBack()
    {
        Skip.IfNot(RedisProcess.IsInstalled(), NoRedis);

        var result = await LoadRun.RunAsync(AppContext.BaseDirectory, _work, 8, TimeSpan.FromSeconds(3));

        var summary = string.Join("\n", LoadRun.Summary(result));
        Assert.True(result.Reads > 0, summary);
        Assert.Equal(0, result.Errors);
        Assert.True(result.Acknowledged > 0, summary);
        Assert.Equal(result.Acknowledged, result.Verified);
        Assert.True(result.Passed, summary);
    }

    [SkippableFact]
    public async Task RedisFault_KilledAndRestartedMidRun_NoFailedReadsAndCacheHitsAgain()
    {
        Skip.IfNot(RedisProcess.IsInstalled(), NoRedis);

        var outcome = await RedisFaultRun.RunAsync(AppContext.BaseDirectory, _work, 8, TimeSpan.FromSeconds(8));

        Assert.True(outcome.Passed, string.Join("\n", outcome.Lines));
        Assert.Contains(outcome.Lines, line => line.StartsWith("errors: 0 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KillImport_TwoRoundsKilledMidWrite_EachStoreOpensCleanlyAndIsAllOrNothing()
    {
        var outcome = await KillImportRun.RunAsync(AppContext.BaseDirectory, _work, 2, 10, 14);

        Assert.True(outcome.Passed, string.Join("\n", outcome.Lines));
        Assert.Contains("2 rounds: ", outcome.Lines[^1], StringComparison.Ordinal);
        Assert.EndsWith(", 0 anything else", outcome.Lines[^1], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }
}
