namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>The readers' runner: each statement in its own read transaction (<see cref="Neo4jQueryClient.ReadAsync"/>).</summary>
internal sealed class Neo4jReadRunner(Neo4jQueryClient client) : INeo4jRunner
{
    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.ReadAsync(statement, parameters, cancellationToken);
}
