using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j;

/// <summary>Version and counts in one statement; every kind and type gets an entry, zero included.</summary>
internal static class Neo4jStatisticsReader
{
    public static async Task<GraphStatistics> ReadAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Neo4jStatements.Statistics, Meta(), cancellationToken);
        var record = result.Records.Single();
        var nodes = Enum.GetValues<NodeKind>().ToDictionary(k => k, _ => 0);
        var relationships = Enum.GetValues<RelationshipType>().ToDictionary(t => t, _ => 0);
        foreach (var pair in Neo4jValues.List(record["nodes"]).Select(Neo4jValues.List))
            nodes[Neo4jWireNames.ParseKind((string)pair[0]!)] = (int)Neo4jValues.Whole(pair[1]);
        foreach (var pair in Neo4jValues.List(record["relationships"]).Select(Neo4jValues.List))
        {
            // A relationship type this build does not know (added by hand in Neo4j) is not part of the graph's vocabulary.
            if (WireNames.TryParseWireName<RelationshipType>((string)pair[0]!, out var type)) relationships[type] = (int)Neo4jValues.Whole(pair[1]);
        }

        return new GraphStatistics(Neo4jValues.Whole(record["version"]), nodes, relationships);
    }

    public static async Task<GraphVersion> ReadVersionAsync(INeo4jRunner runner, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(Neo4jStatements.ReadVersion, Meta(), cancellationToken);
        var record = result.Records.Single();

        // No GraphMeta node: it was deleted outside the store after it opened. No id can be trusted then, so each
        // read gets one of its own (a cache never finds its entries) until the next write recreates the node.
        var graphId = record["graphId"] as string ?? $"unnamed-{Guid.NewGuid()}";
        return new GraphVersion(graphId, Neo4jValues.Whole(record["version"]));
    }

    private static Dictionary<string, object?> Meta() => new() { ["meta"] = Neo4jStatements.MetaId };
}
