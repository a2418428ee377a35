namespace Her2Graph.Storage.Neo4j;

/// <summary>Where the Neo4j store is and how to log in.</summary>
/// <param name="BaseUri">The server's HTTP address, e.g. <c>http://localhost:7474</c> or an Aura <c>https://….databases.neo4j.io</c>.</param>
/// <param name="Database">The database name (<c>neo4j</c> by default).</param>
/// <param name="User">Basic-auth user.</param>
/// <param name="Password">Basic-auth password.</param>
public sealed record Neo4jGraphStoreOptions(Uri BaseUri, string Database, string User, string Password)
{
    /// <summary>Keeps the password out of logs and exception messages that print the options.</summary>
    public override string ToString() => $"Neo4jGraphStoreOptions {{ BaseUri = {BaseUri}, Database = {Database}, User = {User} }}";
}
