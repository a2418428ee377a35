namespace Her2Graph.Api.Storage;

/// <summary>
/// A Neo4j 5.19+ / 2025.x / Aura server reached over its HTTP Query API (<c>Her2Graph:Storage:Neo4j</c>). Give the
/// password through the environment (<c>Her2Graph__Storage__Neo4j__Password</c>) or a secret store, not a file.
/// </summary>
internal sealed class Neo4jSettings
{
    /// <summary>The server's HTTP(S) address, e.g. http://neo4j:7474 or https://xxxx.databases.neo4j.io.</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }
}
