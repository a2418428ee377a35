using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Runs the test folders' Node.js scripts (real browsers and real GraphQL clients) against the API on a real port.</summary>
internal static class NodeScripts
{
    /// <summary>Node.js on PATH, or null.</summary>
    public static string? Node { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>A script folder the project file names in an assembly metadata attribute (so tests find it from bin/).</summary>
    public static string Folder(string metadataKey) =>
        typeof(NodeScripts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == metadataKey).Value!;

    /// <summary>Starts the API on a free loopback port and gives its address.</summary>
    public static string Serve(ApiFactory api)
    {
        api.UseKestrel(0);
        api.StartServer();
        return api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    }

    /// <summary>Runs <c>node arguments…</c> in <paramref name="directory"/>; killed (exit -1) after <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string Log)> RunAsync(string directory, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Node ?? "node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}".Trim());
    }
}
