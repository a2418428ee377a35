using System.Diagnostics;
using System.Reflection;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Browser;

/// <summary>
/// Opens the IDE in a real headless Chromium against the API on a real port, and runs a query through its UI.
/// Needs Debian's chromium, Node.js, and this folder's npm packages (the build runs <c>npm ci</c> here).
/// </summary>
public sealed class BananaCakePopBrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task Ide_InHeadlessChromium_RunsAQueryThroughItsEditor()
    {
        Requirement.SkipIf(!File.Exists(Chromium), $"{Chromium} is absent: install Debian's chromium (apt-get install -y chromium).");
        var node = FindOnPath("node");
        Requirement.SkipIf(node is null, "Node.js is absent: the browser is driven by playwright-core, an npm package.");
        var scripts = ScriptDirectory();
        Requirement.SkipIf(
            !Directory.Exists(Path.Combine(scripts, "node_modules", "playwright-core")),
            $"playwright-core is not installed: run `npm ci` in {scripts}.");
        Requirement.SkipIfMissing(IdeAssets.Missing);

        using var api = new ApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var screenshot = Path.Combine(AppContext.BaseDirectory, "browser", "bananacakepop.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var (exitCode, log) = await RunAsync(node!, scripts, "ide-runs-a-query.mjs", address, screenshot, Chromium);

        output.WriteLine(log);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(exitCode == 0, $"the browser script failed (exit {exitCode}):\n{log}");
        Assert.True(File.Exists(screenshot), "no screenshot was saved");
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string node, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(node) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {Timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}".Trim());
    }

    private static string ScriptDirectory() =>
        typeof(BananaCakePopBrowserTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BrowserTestDirectory").Value!;

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
