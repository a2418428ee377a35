using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Paths;

/// <summary>
/// Simple paths with one variable-length match that returns the paths' nodes and relationships whole, so a path
/// costs one round trip and is read in one snapshot.
/// </summary>
internal static class Neo4jPathFinder
{
    /// <summary>Joins ids for ordering; below every printable character, so text order equals element-wise order.</summary>
    private const string Separator = "\u001f";

    public static async Task<IReadOnlyList<GraphPath>> FindAsync(INeo4jRunner runner, PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxHops, PathQuery.MaxHopsLimit);
        if (query.Limit <= 0 || query.FromId == query.ToId) return [];

        var result = await runner.RunAsync(Neo4jStatements.Paths[query.MaxHops - 1], new Dictionary<string, object?>
        {
            ["from"] = query.FromId,
            ["to"] = query.ToId,
            ["types"] = Neo4jWireNames.RelationshipTypes(query.Types),
            ["separator"] = Separator,
            ["limit"] = query.Limit,
        }, cancellationToken);
        return result.Records.Select(record =>
        {
            var nodes = Neo4jValues.List(record["nodes"]).Select(Neo4jEntityMaps.ReadNode).ToList();
            var incoming = Neo4jValues.List(record["incoming"]).Select(Neo4jValues.Whole).ToList();
            var steps = Neo4jValues.List(record["relationships"])
                .Select((relationship, i) => new PathStep(
                    Neo4jEntityMaps.ReadRelationship(relationship), incoming[i] == 1 ? Direction.Incoming : Direction.Outgoing))
                .ToList();
            return new GraphPath(nodes, steps);
        }).ToList();
    }
}
