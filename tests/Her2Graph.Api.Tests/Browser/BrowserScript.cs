using System.Diagnostics;
using System.Reflection;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

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
        var node = FindOnPath("node");
        Requirement.SkipIf(node is null, "Node.js is absent: the browser is driven by playwright-core, an npm package.");
        var scripts = ScriptDirectory();
        Requirement.SkipIf(
            !Directory.Exists(Path.Combine(scripts, "node_modules", "playwright-core")),
            $"playwright-core is not installed: run `npm ci` in {scripts}.");

        using var api = new ApiFactory();
        api.UseKestrel(0);
        api.StartServer();
        var address = api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return await RunAsync(node!, scripts, [script, address, .. arguments, Chromium]);
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string node, string directory, IReadOnlyList<string> arguments)
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
        typeof(BrowserScript).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BrowserTestDirectory").Value!;

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
