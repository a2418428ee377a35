using System.Diagnostics;
using System.Reflection;
using Her2Graph.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// What real tools make of the API on a real port: graphql-js 16 loading the schema with every 2021 introspection
/// option, and graphql-http's GraphQL-over-HTTP audit. Needs Node.js and Hardening/Clients' npm packages (the build
/// runs <c>npm ci</c> there).
/// </summary>
public sealed class GraphQLClientsTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task GraphQLJs16_IntrospectsWithEveryOption_AndEveryExampleValidates()
    {
        var (node, scripts) = Prerequisites();
        using var api = new ApiFactory();
        var examples = Path.Combine(RepositoryFiles.Root, "src", "Her2Graph.Api", "Ide", "examples");

        var (exitCode, log) = await RunAsync(node, scripts, "introspect.mjs", Serve(api), examples);

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"introspect.mjs failed (exit {exitCode}):\n{log}");
    }

    [SkippableFact]
    public async Task GraphQLHttpAudit_EveryMustPasses_AndTheJsonDefaultsToo()
    {
        var (node, scripts) = Prerequisites();
        using var api = new ApiFactory();

        // 47DE: `*/*` gets application/json; 80D8: no Accept header gets application/json.
        var (exitCode, log) = await RunAsync(node, scripts, "audit.mjs", Serve(api), "47DE", "80D8");

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"the audit failed (exit {exitCode}):\n{log}");
        Assert.Contains("ok    47DE", log, StringComparison.Ordinal);
        Assert.Contains("ok    80D8", log, StringComparison.Ordinal);
    }

    private static (string Node, string Scripts) Prerequisites()
    {
        var node = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "node"))
            .FirstOrDefault(File.Exists);
        Skip.If(node is null, "Node.js is absent: the client checks are npm packages.");
        var scripts = typeof(GraphQLClientsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ClientTestDirectory").Value!;
        Skip.IfNot(Directory.Exists(Path.Combine(scripts, "node_modules", "graphql-http")), $"the client packages are not installed: run `npm ci` in {scripts}.");
        return (node!, scripts);
    }

    private static string Serve(ApiFactory api)
    {
        api.UseKestrel(0);
        api.StartServer();
        return api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string node, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(node) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
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
}
