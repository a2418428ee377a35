namespace Her2Graph.Bench.Http.Hosting;

/// <summary>A Neo4j server given by HER2GRAPH_NEO4J_URI (and _USER, _PASSWORD), as the store tests find theirs.</summary>
internal sealed record Neo4jServer(string Uri, string User, string Password)
{
    public static Neo4jServer? FromEnvironment() =>
        Environment.GetEnvironmentVariable("HER2GRAPH_NEO4J_URI") is { Length: > 0 } uri
            ? new Neo4jServer(uri, Environment.GetEnvironmentVariable("HER2GRAPH_NEO4J_USER") ?? "neo4j",
                Environment.GetEnvironmentVariable("HER2GRAPH_NEO4J_PASSWORD") ?? "")
            : null;
}
