using Her2Graph.Api.Tests.Support;
using Her2Graph.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>docker-compose.yml as Debian's docker-compose 1.29 resolves it (`config`), and a reader of its YAML output.</summary>
internal static class ComposeConfig
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    // Variables a developer's shell may hold would win over the env file: the child gets none of them.
    private static readonly string[] Variables =
        ["NEO4J_PASSWORD", "HER2GRAPH_CURATOR_ID", "HER2GRAPH_CURATOR_KEY_SHA256", "HER2GRAPH_PORT", "NEO4J_HTTP_PORT", "NEO4J_BOLT_PORT",
         "NEO4J_TRANSACTION_TIMEOUT", "NEO4J_HEAP", "NEO4J_PAGECACHE", "COMPOSE_FILE", "COMPOSE_PROJECT_NAME"];

    /// <summary>Runs `docker-compose config` with <paramref name="envFile"/>; skips (fails under CI) without docker-compose.</summary>
    public static async Task<CommandResult> RunAsync(string envFile)
    {
        var compose = Command.FindOnPath("docker-compose");
        Requirement.SkipIf(compose is null, "docker-compose is absent: apt-get install docker-compose (scripts/test.sh installs it)");
        var start = Command.StartInfo(compose!, ["-f", "docker-compose.yml", "--env-file", envFile, "config"], RepositoryFiles.Root);
        foreach (var variable in Variables) start.Environment.Remove(variable);
        return await Command.RunAsync(start, Timeout);
    }

    /// <summary>The resolved file with <paramref name="envFile"/> (the example env file by default), which must validate.</summary>
    public static async Task<YamlMappingNode> ResolvedAsync(string? envFile = null)
    {
        var config = await RunAsync(envFile ?? RepositoryFiles.PathOf(ExampleEnvFile.RelativePath));
        Assert.True(config.ExitCode == 0, config.Describe());
        var stream = new YamlStream();
        stream.Load(new StringReader(config.Output));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) => Assert.IsType<YamlMappingNode>(node[key]);

    public static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) => Assert.IsType<YamlSequenceNode>(node[key]).Children;

    public static string Text(YamlMappingNode node, string key) => Assert.IsType<YamlScalarNode>(node[key]).Value ?? string.Empty;
}
