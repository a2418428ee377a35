using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Browser;

/// <summary>
/// Walks through the explorer (/explore) in a real headless Chromium as a user would: search, expand, relationship
/// evidence and citation links, the adverse-event chart, the variant and trial views, paths, the query button opened
/// and run in Banana Cake Pop, phone width; no console errors, nothing from other origins (explorer-walkthrough.mjs).
/// </summary>
public sealed class ExplorerBrowserTests(ITestOutputHelper output)
{
    private static readonly string[] Screenshots =
        ["explorer.png", "explorer-drug.png", "explorer-variant.png", "explorer-paths.png", "explorer-query-in-ide.png", "explorer-phone.png"];

    [SkippableFact]
    public async Task Explorer_InHeadlessChromium_AnswersTheCommonQuestionsAndOpensItsQueriesInTheIde()
    {
        Requirement.SkipIfMissing(ExplorerAssets.Missing);
        Requirement.SkipIfMissing(IdeAssets.Missing);
        foreach (var name in Screenshots)
        {
            File.Delete(Path.Combine(BrowserScript.OutputDirectory, name));
        }

        var (exitCode, log) = await BrowserScript.RunAgainstApiAsync("explorer-walkthrough.mjs", BrowserScript.OutputDirectory);

        output.WriteLine(log);
        output.WriteLine($"screenshots: {BrowserScript.OutputDirectory}");
        Assert.True(exitCode == 0, $"the browser script failed (exit {exitCode}):\n{log}");
        Assert.All(Screenshots, name => Assert.True(File.Exists(Path.Combine(BrowserScript.OutputDirectory, name)), $"{name} was not saved"));
    }
}
