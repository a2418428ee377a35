using Her2Graph.Cli;
using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Cli.Progress;

/// <summary>The seed command's progress: plain lines into a pipe, bars with counts on a terminal; the report is the same.</summary>
public sealed class SeedProgressDisplayTests : IDisposable
{
    private const int Records = SeedFiles.NodeCount + SeedFiles.RelationshipCount;

    private readonly TempSeedFolder _seed = new TempSeedFolder().WithValidGraph();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _seed.Dispose();
    }

    [Fact]
    public async Task Seed_OutputNotATerminal_PrintsEachStageAsPlainLines()
    {
        var run = await CommandRun.RunAsync(_seed.Root, "seed", _seed.Folder, "--db", _seed.DatabasePath);

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(_seed.Folder, "*.yaml", SearchOption.AllDirectories).Length;
        Assert.Contains($"reading files: {files}/{files}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"validating: {Records}/{Records}", run.Out, StringComparison.Ordinal);
        Assert.Contains($"writing: {Records}/{Records}{Environment.NewLine}written: nodes", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_OutputIsATerminal_DrawsBarsWithCountsAndKeepsTheReport()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CommandConsole(stdout, stderr, _seed.Root) { IsTerminal = true };

        var exitCode = await CommandLine.RunAsync(["seed", _seed.Folder, "--db", _seed.DatabasePath], console, CancellationToken.None);

        Assert.Equal((0, string.Empty), (exitCode, stderr.ToString()));
        var output = stdout.ToString();
        Assert.Contains("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("writing", output, StringComparison.Ordinal);
        Assert.Contains($"{Records}/{Records}", output, StringComparison.Ordinal);
        Assert.Contains("100%", output, StringComparison.Ordinal);
        Assert.Contains($"written: nodes {SeedFiles.NodeCount} created", output, StringComparison.Ordinal);
        Assert.DoesNotContain($"writing: {Records}/{Records}", output, StringComparison.Ordinal);
    }
}
