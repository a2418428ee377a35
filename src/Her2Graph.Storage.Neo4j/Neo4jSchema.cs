using Her2Graph.Storage.Neo4j.Http;

namespace Her2Graph.Storage.Neo4j;

/// <summary>
/// Creates the constraints and indexes when missing (each statement is IF NOT EXISTS, so safe on every start), then
/// the <c>GraphMeta</c> node with the graph id, so that reads find an id from the start.
/// </summary>
internal static class Neo4jSchema
{
    public static async Task EnsureAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        foreach (var statement in Neo4jStatements.Schema)
            await runner.RunAsync(statement, new Dictionary<string, object?>(), cancellationToken);
        await EnsureMetaAsync(runner, cancellationToken);
    }

    public static Task EnsureMetaAsync(INeo4jRunner runner, CancellationToken cancellationToken) =>
        runner.RunAsync(Neo4jStatements.EnsureMeta, new Dictionary<string, object?> { ["meta"] = Neo4jStatements.MetaId }, cancellationToken);
}
