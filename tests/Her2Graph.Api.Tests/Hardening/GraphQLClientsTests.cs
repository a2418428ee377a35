using Her2Graph.Api.Tests.Support;
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
        var scripts = Prerequisites();
        using var api = new ApiFactory();
        var examples = Path.Combine(RepositoryFiles.Root, "src", "Her2Graph.Api", "Ide", "examples");

        var (exitCode, log) = await NodeScripts.RunAsync(scripts, ["introspect.mjs", NodeScripts.Serve(api), examples], Timeout);

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"introspect.mjs failed (exit {exitCode}):\n{log}");
    }

    [SkippableFact]
    public async Task GraphQLHttpAudit_EveryMustPasses_AndTheJsonDefaultsToo()
    {
        var scripts = Prerequisites();
        using var api = new ApiFactory();

        // 47DE: `*/*` gets application/json; 80D8: no Accept header gets application/json.
        var (exitCode, log) = await NodeScripts.RunAsync(scripts, ["audit.mjs", NodeScripts.Serve(api), "47DE", "80D8"], Timeout);

        output.WriteLine(log);
        Assert.True(exitCode == 0, $"the audit failed (exit {exitCode}):\n{log}");
        Assert.Contains("ok    47DE", log, StringComparison.Ordinal);
        Assert.Contains("ok    80D8", log, StringComparison.Ordinal);
    }

    private static string Prerequisites()
    {
        Skip.If(NodeScripts.Node is null, "Node.js is absent: the client checks are npm packages.");
        var scripts = NodeScripts.Folder("ClientTestDirectory");
        Skip.IfNot(Directory.Exists(Path.Combine(scripts, "node_modules", "graphql-http")), $"the client packages are not installed: run `npm ci` in {scripts}.");
        return scripts;
    }
}
