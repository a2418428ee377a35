using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Cli;

/// <summary><c>her2graph copy --from STORE --to STORE</c> in-process, SQLite to SQLite on the repository's seed.</summary>
public sealed class CopyCommandTests : IDisposable
{
    private readonly SeededStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Copy_SeededSqliteToANewFile_CopiesEveryCountUnderANewGraphIdAndReportsThem()
    {
        await _stores.SeedAsync("source.db");

        var run = await CommandRun.RunAsync(_stores.Root, "copy", "--from", "source.db", "--to", "sqlite:copies/target.db");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        var (sourceVersion, source) = await _stores.ReadAsync("source.db");
        var (targetVersion, target) = await _stores.ReadAsync("copies/target.db");
        Assert.Equal(source.NodeCounts, target.NodeCounts);
        Assert.Equal(source.RelationshipCounts, target.RelationshipCounts);
        Assert.NotEqual(sourceVersion.GraphId, targetVersion.GraphId);
        var (nodes, relationships) = (source.NodeCounts.Values.Sum(), source.RelationshipCounts.Values.Sum());
        Assert.Contains($"copied: {nodes} nodes, {relationships} relationships in {targetVersion.Number} batches", run.Out, StringComparison.Ordinal);
        Assert.Contains($"source: graph {sourceVersion.GraphId} version {sourceVersion.Number}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"target: graph {targetVersion.GraphId} version {targetVersion.Number}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"write relationships: {relationships}/{relationships}", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copy_RunAgainAfterItFinished_ChangesNothingInTheTarget()
    {
        await _stores.SeedAsync("source.db");
        await CommandRun.RunAsync(_stores.Root, "copy", "--from", "source.db", "--to", "target.db");
        var (before, _) = await _stores.ReadAsync("target.db");

        var run = await CommandRun.RunAsync(_stores.Root, "copy", "--from", "source.db", "--to", "target.db");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("resumed", run.Out, StringComparison.Ordinal);
        Assert.Equal(before, (await _stores.ReadAsync("target.db")).Version);
    }

    [Fact]
    public async Task Copy_TargetHoldingAnotherGraph_IsRefusedWithOneLineAndLeftAsItWas()
    {
        await _stores.SeedAsync("source.db");
        using (var other = new TempSeedFolder().WithValidGraph())
        {
            Assert.Equal(0, (await CommandRun.RunAsync(_stores.Root, "seed", other.Folder, "--db", "other.db")).ExitCode);
        }

        var (before, _) = await _stores.ReadAsync("other.db");

        var run = await CommandRun.RunAsync(_stores.Root, "copy", "--from", "source.db", "--to", "other.db");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("her2graph copy: ", line, StringComparison.Ordinal);
        Assert.Equal(before, (await _stores.ReadAsync("other.db")).Version);
    }

    [Theory]
    [InlineData("no SQLite store at", "--from", "missing.db", "--to", "target.db")]
    [InlineData("--from and --to name the same store", "--from", "source.db", "--to", "sqlite:source.db")]
    [InlineData("'bolt://' is not a store this tool opens", "--from", "source.db", "--to", "bolt://localhost:7687")]
    [InlineData("needs HER2GRAPH_NEO4J_USER and HER2GRAPH_NEO4J_PASSWORD set", "--from", "source.db", "--to", "http://127.0.0.1:9/")]
    [InlineData("--to", "--from", "source.db")]
    public async Task Copy_BadStores_AreUsageErrorsThatWriteNothing(string reason, params string[] args)
    {
        await _stores.SeedAsync("source.db");

        var run = await CommandRun.RunAsync(_stores.Root, ["copy", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_stores.PathOf("target.db")));
        Assert.False(File.Exists(_stores.PathOf("missing.db")));
    }

    [Fact]
    public async Task Copy_Cancelled_SaysHowToFinishItAndExitsOne()
    {
        await _stores.SeedAsync("source.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var exitCode = await Her2Graph.Cli.CommandLine.RunAsync(
            ["copy", "--from", "source.db", "--to", "target.db"], new Her2Graph.Cli.CommandConsole(stdout, stderr, _stores.Root), cancelled.Token);

        Assert.Equal(1, exitCode);
        Assert.Equal("her2graph copy: cancelled; the target keeps the batches sent; run the same copy again to finish it", stderr.ToString().TrimEnd());
    }
}
