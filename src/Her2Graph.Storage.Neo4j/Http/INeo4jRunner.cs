namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>Runs one statement: in its own implicit transaction (<see cref="Neo4jQueryClient"/>) or in an open one (<see cref="Neo4jTransaction"/>).</summary>
internal interface INeo4jRunner
{
    Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken);
}
