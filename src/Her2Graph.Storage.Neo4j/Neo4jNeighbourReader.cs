using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j;

/// <summary>Neighbours of many nodes in one statement; Cypher already returns them in <see cref="Neighbour"/> order.</summary>
internal static class Neo4jNeighbourReader
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Neighbour>>> ReadAsync(
        INeo4jRunner runner, NeighbourQuery query, CancellationToken cancellationToken)
    {
        var groups = query.NodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<Neighbour>(), StringComparer.Ordinal);
        if (groups.Count > 0)
        {
            var result = await runner.RunAsync(Neo4jStatements.Neighbours, new Dictionary<string, object?>
            {
                ["ids"] = groups.Keys.ToList(),
                ["types"] = Neo4jWireNames.RelationshipTypes(query.Types),
                ["outgoing"] = query.Direction is Direction.Outgoing or Direction.Both,
                ["incoming"] = query.Direction is Direction.Incoming or Direction.Both,
            }, cancellationToken);
            foreach (var record in result.Records)
            {
                var origin = (string)record["origin"]!;
                var direction = Neo4jValues.Whole(record["incoming"]) == 1 ? Direction.Incoming : Direction.Outgoing;
                groups[origin].Add(new Neighbour(
                    origin, direction, Neo4jEntityMaps.ReadRelationship(record["relationship"]), Neo4jEntityMaps.ReadNode(record["node"])));
            }
        }

        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<Neighbour>)g.Value, StringComparer.Ordinal);
    }
}
