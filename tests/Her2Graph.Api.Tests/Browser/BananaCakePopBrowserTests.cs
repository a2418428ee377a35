using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Browser;

/// <summary>
/// Opens the IDE in a real headless Chromium against the API on a real port, and runs a query through its UI.
/// Needs Debian's chromium, Node.js, and this folder's npm packages (the build runs <c>npm ci</c> here).
/// </summary>
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Ide_InHeadlessChromium_RunsAQueryThroughItsEditor()
    {
        Requirement.SkipIfMissing(IdeAssets.Missing);
        var screenshot = Path.Combine(BrowserScript.OutputDirectory, "bananacakepop.png");
        File.Delete(screenshot);

        var (exitCode, log) = await BrowserScript.RunAgainstApiAsync("ide-runs-a-query.mjs", screenshot);

        output.WriteLine(log);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(exitCode == 0, $"the browser script failed (exit {exitCode}):\n{log}");
        Assert.True(File.Exists(screenshot), "no screenshot was saved");
    }
}
