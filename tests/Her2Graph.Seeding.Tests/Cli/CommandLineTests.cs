namespace Her2Graph.Seeding.Tests.Cli;

/// <summary>The command line as a whole: help by the library, one entry per command, each command's own help, exit codes.</summary>
public sealed class CommandLineTests
{
    private static readonly string Here = Path.GetTempPath();

    [Fact]
    public async Task Help_Root_ListsEveryCommandAndTheExitCodes()
    {
        var run = await CommandRun.RunAsync(Here, "--help");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        foreach (var command in (string[])["seed", "copy", "export", "release", "health"])
        {
            Assert.Contains(Environment.NewLine + "  " + command + " ", run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 done, 1 the input or the store refused (nothing written), 2 wrong command line.", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("copy", "--from <STORE>", "--to <STORE>")]
    [InlineData("export", "--format <FORMAT>", "--out <DIR>", "--from <STORE>")]
    [InlineData("release", "<NAME>", "--from <STORE>", "--out <DIR>")]
    [InlineData("health", "<URL>", "http://localhost:8080/health/ready")]
    public async Task Help_Command_ShowsItsUsageAndOptions(string command, params string[] expected)
    {
        var run = await CommandRun.RunAsync(Here, command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Usage:{Environment.NewLine}  her2graph {command} ", run.Out, StringComparison.Ordinal);
        foreach (var text in expected) Assert.Contains(text, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypoInACommand_SuggestsTheCommandAndExitsTwo()
    {
        var run = await CommandRun.RunAsync(Here, "exprot");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean", run.Error, StringComparison.Ordinal);
        Assert.Contains("export", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }
}
