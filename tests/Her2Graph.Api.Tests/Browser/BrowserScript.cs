using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;

namespace Her2Graph.Api.Tests.Browser;

/// <summary>
/// Runs one of this folder's playwright-core scripts against the API on a real port, in Debian's chromium. Skips, with
/// the reason, when chromium, Node.js or playwright-core is missing (the build fails instead under CI=true).
/// </summary>
internal static class BrowserScript
{
    public const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Where the scripts write screenshots: the test output, beside the test assembly.</summary>
    public static string OutputDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser")).FullName;

    /// <summary>Starts the API on a free port, runs <paramref name="script"/> with its URL and <paramref name="arguments"/>, then chromium's path.</summary>
    public static async Task<(int ExitCode, string Log)> RunAgainstApiAsync(string script, params string[] arguments)
    {
        Requirement.SkipIf(!File.Exists(Chromium), $"{Chromium} is absent: install Debian's chromium (apt-get install -y chromium).");
        Requirement.SkipIf(NodeScripts.Node is null, "Node.js is absent: the browser is driven by playwright-core, an npm package.");
        var scripts = NodeScripts.Folder("BrowserTestDirectory");
        Requirement.SkipIf(
            !Directory.Exists(Path.Combine(scripts, "node_modules", "playwright-core")),
            $"playwright-core is not installed: run `npm ci` in {scripts}.");

        using var api = new ApiFactory();
        return await NodeScripts.RunAsync(scripts, [script, NodeScripts.Serve(api), .. arguments, Chromium], Timeout);
    }
}
