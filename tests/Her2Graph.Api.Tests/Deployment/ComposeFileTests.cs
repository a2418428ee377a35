using Her2Graph.Api.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Her2Graph.Api.Tests.Deployment;

/// <summary>
/// docker-compose.yml as Debian's docker-compose 1.29 reads it (`config`: validated, variables substituted from the
/// example env file, defaults filled in). No Docker engine runs here, so this checks the file, not the containers.
/// </summary>
public sealed class ComposeFileTests
{
    [SkippableFact]
    public async Task Compose_WithTheExampleEnvFile_WiresTheApiToHealthyNeo4jAndRedis()
    {
        var example = ExampleEnvFile.Read(RepositoryFiles.PathOf(ExampleEnvFile.RelativePath));
        var resolved = await ComposeConfig.ResolvedAsync();
        var services = Mapping(resolved, "services");
        Assert.Equal(["api", "neo4j", "redis"], services.Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal));

        var neo4j = Mapping(services, "neo4j");
        Assert.StartsWith("neo4j:5.26", Text(neo4j, "image"), StringComparison.Ordinal);
        var neo4jEnvironment = Mapping(neo4j, "environment");
        Assert.Equal($"neo4j/{example["NEO4J_PASSWORD"]}", Text(neo4jEnvironment, "NEO4J_AUTH"));
        Assert.Equal(example["NEO4J_TRANSACTION_TIMEOUT"], Text(neo4jEnvironment, "NEO4J_db_transaction_timeout"));
        Assert.Contains("neo4j-data:/data", Sequence(neo4j, "volumes").Select(v => v.ToString()).Select(v => v[..v.LastIndexOf(':')]));
        Assert.True(Mapping(resolved, "volumes").Children.ContainsKey(new YamlScalarNode("neo4j-data")));
        var neo4jProbe = string.Join(' ', Sequence(Mapping(neo4j, "healthcheck"), "test").Select(t => t.ToString()));
        Assert.Contains("http://localhost:7474/db/neo4j/query/v2", neo4jProbe, StringComparison.Ordinal);

        var redis = Mapping(services, "redis");
        Assert.Equal("redis:7", Text(redis, "image"));
        Assert.Contains("redis-cli ping", string.Join(' ', Sequence(Mapping(redis, "healthcheck"), "test").Select(t => t.ToString())), StringComparison.Ordinal);

        var api = Mapping(services, "api");
        Assert.Equal("Dockerfile", Text(Mapping(api, "build"), "dockerfile"));
        foreach (var dependency in new[] { "neo4j", "redis" })
            Assert.Equal("service_healthy", Text(Mapping(Mapping(api, "depends_on"), dependency), "condition"));
        var apiEnvironment = Mapping(api, "environment");
        Assert.Equal("Neo4j", Text(apiEnvironment, "Her2Graph__Storage__Provider"));
        Assert.Equal("neo4j", new Uri(Text(apiEnvironment, "Her2Graph__Storage__Neo4j__Uri")).Host);
        Assert.Equal(7474, new Uri(Text(apiEnvironment, "Her2Graph__Storage__Neo4j__Uri")).Port);
        Assert.Equal(example["NEO4J_PASSWORD"], Text(apiEnvironment, "Her2Graph__Storage__Neo4j__Password"));
        Assert.Equal("neo4j", Text(apiEnvironment, "Her2Graph__Storage__Neo4j__User"));
        Assert.Equal("redis:6379", Text(apiEnvironment, "Her2Graph__Redis__Configuration"));
        Assert.Equal(example["HER2GRAPH_CURATOR_KEY_SHA256"], Text(apiEnvironment, "Her2Graph__ApiKeys__0__Sha256"));
        var port = Assert.IsType<YamlMappingNode>(Assert.Single(Sequence(api, "ports")));
        Assert.Equal("8080", Text(port, "target"));
        Assert.Equal(example["HER2GRAPH_PORT"], Text(port, "published"));
    }

    [SkippableFact]
    public async Task Compose_WithoutAnEnvFile_ValidatesAndLeavesThePasswordEmptySoTheApiRefusesToStart()
    {
        var empty = Path.GetTempFileName();
        try
        {
            var services = Mapping(await ComposeConfig.ResolvedAsync(empty), "services");
            var apiEnvironment = Mapping(Mapping(services, "api"), "environment");

            Assert.Equal("neo4j/", Text(Mapping(Mapping(services, "neo4j"), "environment"), "NEO4J_AUTH"));
            var options = new Her2Graph.Api.Storage.GraphStoreOptions
            {
                Neo4j = new Her2Graph.Api.Storage.Neo4jSettings
                {
                    Uri = Text(apiEnvironment, "Her2Graph__Storage__Neo4j__Uri"),
                    User = Text(apiEnvironment, "Her2Graph__Storage__Neo4j__User"),
                    Password = Text(apiEnvironment, "Her2Graph__Storage__Neo4j__Password"),
                },
            };
            var refusal = Assert.Throws<Her2Graph.Api.Storage.StartupFaultException>(() => Her2Graph.Api.Storage.GraphStoreSettings.Neo4jOptions(options));
            Assert.Contains("Her2Graph:Storage:Neo4j:Password", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    private static YamlMappingNode Mapping(YamlMappingNode node, string key) => ComposeConfig.Mapping(node, key);

    private static IEnumerable<YamlNode> Sequence(YamlMappingNode node, string key) => ComposeConfig.Sequence(node, key);

    private static string Text(YamlMappingNode node, string key) => ComposeConfig.Text(node, key);
}
