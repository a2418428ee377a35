using Her2Graph.Api.Tests.Support;
using Her2Graph.Cli;

namespace Her2Graph.Api.Tests.Cli;

/// <summary>
/// <c>her2graph seed FOLDER --to URL --key KEY</c> against the real API in memory: the folder goes through importGraph,
/// and the report reads like a local import's, errors as file:line.
/// </summary>
public sealed class SeedPushTests : IDisposable
{
    private const string NewDrug = """
        kind: Drug
        nodes:
          - id: test-inib
            name: test-inib
            aliases: [TST-1]
            status: unverified
            properties:
              drugClass: TKI
        """;

    private const string TargetsErbb2 = """
        type: TARGETS
        relationships:
          - from: test-inib
            to: ERBB2
            status: unverified
            citations: [PMID:12345678]
        """;

    private readonly CuratorApiFactory _api = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "her2graph-push-" + Guid.NewGuid().ToString("N"));

    private string Folder => Path.Combine(_root, "graph-seed");

    [Fact]
    public async Task Push_FolderLinkingToTheApisGraph_WritesItAndReportsCounts()
    {
        Write("nodes/drugs.yaml", NewDrug);
        Write("relationships/targets.yaml", TargetsErbb2);

        var (exit, output, errors) = await PushAsync(TestApiKeys.Curator);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Contains("graph-seed/nodes/drugs.yaml: 1 Drug node", output, StringComparison.Ordinal);
        Assert.Contains("written: nodes 1 created, 0 updated, 0 unchanged; relationships 1 created", output, StringComparison.Ordinal);
        Assert.Contains("sending to the API: 2/2", output, StringComparison.Ordinal);
        using var client = _api.CreateGraphQLClient();
        var drug = (await client.PostAsync("""{ drug(name: "TST-1") { createdBy targets { nodes { key } } } }""")).Data.GetProperty("drug");
        Assert.Equal(TestApiKeys.CuratorId, drug.GetProperty("createdBy").GetString());
        Assert.Equal("ERBB2", drug.GetProperty("targets").GetProperty("nodes")[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Push_SameFolderTwice_SecondRunChangesNothing()
    {
        Write("nodes/drugs.yaml", NewDrug);
        await PushAsync(TestApiKeys.Curator);

        var (exit, output, _) = await PushAsync(TestApiKeys.Curator);

        Assert.Equal(0, exit);
        Assert.Contains("written: nodes 0 created, 0 updated, 1 unchanged", output, StringComparison.Ordinal);
        Assert.Contains("(nothing changed)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_RelationshipToANodeTheApiLacks_ReportsTheApisErrorAtFileAndLine()
    {
        Write("nodes/drugs.yaml", NewDrug);
        Write("relationships/targets.yaml", TargetsErbb2.Replace("to: ERBB2", "to: NOGENE", StringComparison.Ordinal));
        var version = await VersionAsync();

        var (exit, _, errors) = await PushAsync(TestApiKeys.Curator);

        Assert.Equal(1, exit);
        Assert.Contains("graph-seed/relationships/targets.yaml:4: MISSING_NODE", errors, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Push_InvalidFile_ReportsLocallyAndSendsNothing()
    {
        Write("nodes/drugs.yaml", NewDrug);
        Write("relationships/targets.yaml", TargetsErbb2.Replace("PMID:12345678", "PMID:12x", StringComparison.Ordinal));
        var version = await VersionAsync();

        var (exit, output, errors) = await PushAsync(TestApiKeys.Curator);

        Assert.Equal(1, exit);
        Assert.Contains("graph-seed/relationships/targets.yaml:6: MALFORMED_CITATION", errors, StringComparison.Ordinal);
        Assert.Contains("nothing sent", output, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync());
    }

    [Theory]
    [InlineData(TestApiKeys.Reader, "FORBIDDEN")]
    [InlineData("not-a-key", "UNAUTHENTICATED")]
    public async Task Push_WithoutACuratorKey_IsRefusedAndWritesNothing(string key, string code)
    {
        Write("nodes/drugs.yaml", NewDrug);
        var version = await VersionAsync();

        var (exit, _, errors) = await PushAsync(key);

        Assert.Equal(1, exit);
        Assert.Contains($"http://localhost/graphql: {code}", errors, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Push_DryRun_ReportsAndWritesNothing()
    {
        Write("nodes/drugs.yaml", NewDrug);
        var version = await VersionAsync();

        var (exit, output, _) = await PushAsync(TestApiKeys.Curator, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("dry run: nothing written", output, StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync());
    }

    [Fact]
    public async Task Push_WithoutAKey_IsAUsageError()
    {
        Write("nodes/drugs.yaml", NewDrug);
        var (exit, _, errors) = await RunAsync(["seed", Folder, "--to", "http://localhost"], key: null);
        Assert.Equal(2, exit);
        Assert.Contains("HER2GRAPH_API_KEY", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _api.Dispose();
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private Task<(int Exit, string Output, string Errors)> PushAsync(string key, params string[] options) =>
        RunAsync(["seed", Folder, "--to", "http://localhost", .. options], key);

    /// <summary>Runs the command in-process, its HTTP going to the in-memory API; the key comes from the environment, as operators pass it.</summary>
    private async Task<(int Exit, string Output, string Errors)> RunAsync(string[] args, string? key)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var console = new CommandConsole(output, errors, _root)
        {
            HttpHandler = _api.Server.CreateHandler(),
            GetEnvironmentVariable = name => name == "HER2GRAPH_API_KEY" ? key : null,
        };
        var exit = await CommandLine.RunAsync(args, console, CancellationToken.None);
        return (exit, output.ToString(), errors.ToString());
    }

    private async Task<int> VersionAsync()
    {
        using var client = _api.CreateGraphQLClient();
        return (await client.PostAsync("{ graph { version } }")).Data.GetProperty("graph").GetProperty("version").GetInt32();
    }

    private void Write(string relativePath, string yaml)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, yaml + "\n");
    }
}
