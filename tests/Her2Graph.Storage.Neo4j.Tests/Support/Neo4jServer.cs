namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>The real Neo4j the contract suite runs against, named by environment variables; null when none is named.</summary>
internal static class Neo4jServer
{
    public const string UriVariable = "HER2GRAPH_NEO4J_URI";

    /// <summary>The xunit collection of every class that empties that server's database, so that they never run at once.</summary>
    public const string Collection = "Neo4j server";

    public static Neo4jGraphStoreOptions? Options { get; } = Read();

    private static Neo4jGraphStoreOptions? Read()
    {
        var uri = Environment.GetEnvironmentVariable(UriVariable);
        if (string.IsNullOrWhiteSpace(uri)) return null;
        return new Neo4jGraphStoreOptions(
            new Uri(uri),
            Variable("HER2GRAPH_NEO4J_DATABASE") ?? "neo4j",
            Variable("HER2GRAPH_NEO4J_USER") ?? "neo4j",
            Variable("HER2GRAPH_NEO4J_PASSWORD") ?? string.Empty);
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
