using Her2Graph.Cli.Progress;

namespace Her2Graph.Seeding.Tests.Cli.Progress;

/// <summary>Progress when the output is not a terminal: a few plain lines, the same for the same reports.</summary>
public sealed class PlainProgressTests
{
    [Fact]
    public async Task Plain_StageWithATotal_PrintsEachQuarterOnce()
    {
        var lines = await RunAsync(progress =>
        {
            for (var done = 0; done <= 8; done++) progress.Report("copying nodes", done, 8);
        });

        Assert.Equal(["copying nodes: 2/8", "copying nodes: 4/8", "copying nodes: 6/8", "copying nodes: 8/8"], lines);
    }

    [Fact]
    public async Task Plain_StageWithoutATotal_PrintsOneLineWhenTheNextStageBeginsAndOneAtTheEnd()
    {
        var lines = await RunAsync(progress =>
        {
            progress.Report("reading", 10, null);
            progress.Report("reading", 20, null);
            progress.Report("writing", 0, null);
            progress.Report("writing", 3, null);
        });

        Assert.Equal(["reading: 20", "writing: 3"], lines);
    }

    [Fact]
    public async Task Plain_LogLinesAndProgress_ShareTheOutputInTheOrderWritten()
    {
        var lines = await RunAsync(progress =>
        {
            progress.Log.WriteLine("before");
            progress.Report("sending", 1, 1);
            progress.Log.WriteLine("after");
        });

        Assert.Equal(["before", "sending: 1/1", "after"], lines);
    }

    [Fact]
    public async Task Plain_LibraryProgressType_IsRelayedBeforeReportReturns()
    {
        var lines = await RunAsync(progress =>
        {
            var relay = progress.For<(string Name, int Count)>(step => (step.Name, step.Count, step.Count));
            relay.Report(("exporting", 5));
            progress.Log.WriteLine("done");
        });

        Assert.Equal(["exporting: 5/5", "done"], lines);
    }

    private static async Task<IReadOnlyList<string>> RunAsync(Action<CommandProgress> work)
    {
        using var output = new StringWriter();
        await PlainProgress.RunAsync(output, progress =>
        {
            work(progress);
            return Task.FromResult(0);
        });
        return output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }
}
