using Her2Graph.Storage.Neo4j.Http;

namespace Her2Graph.Storage.Neo4j;

/// <summary>Creates the constraints and indexes when missing (each statement is IF NOT EXISTS, so safe on every start).</summary>
internal static class Neo4jSchema
{
    public static async Task EnsureAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        foreach (var statement in Neo4jStatements.Schema)
            await runner.RunAsync(statement, new Dictionary<string, object?>(), cancellationToken);
    }
}
