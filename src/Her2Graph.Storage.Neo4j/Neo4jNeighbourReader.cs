using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j;

/// <summary>Neighbours of many nodes; Cypher already returns them in <see cref="Neighbour"/> order.</summary>
// TODO(query branch, Neo4j helper): one statement for all branches with their conditions, orders and aggregates.
internal static class Neo4jNeighbourReader
{
    public static async Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> ReadAsync(
        INeo4jRunner runner, NeighbourQuery query, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<NeighbourKey, NeighbourGroup>();
        foreach (var branch in query.Branches)
        {
            if (branch.Pattern.Where is not null || branch.Order is { Count: > 0 } || branch.Aggregate is not null || branch.Pattern.Target is not null)
                throw new NotSupportedException("the Neo4j adapter does not yet push traversal conditions down");
            var ids = branch.NodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<Neighbour>(), StringComparer.Ordinal);
            if (ids.Count > 0)
            {
                var result = await runner.RunAsync(Neo4jStatements.Neighbours, new Dictionary<string, object?>
                {
                    ["ids"] = ids.Keys.ToList(),
                    ["types"] = Neo4jWireNames.RelationshipTypes(branch.Pattern.Types),
                    ["outgoing"] = branch.Pattern.Direction is Direction.Outgoing or Direction.Both,
                    ["incoming"] = branch.Pattern.Direction is Direction.Incoming or Direction.Both,
                }, cancellationToken);
                foreach (var record in result.Records)
                {
                    var origin = (string)record["origin"]!;
                    var direction = Neo4jValues.Whole(record["incoming"]) == 1 ? Direction.Incoming : Direction.Outgoing;
                    ids[origin].Add(new Neighbour(
                        origin, direction, Neo4jEntityMaps.ReadRelationship(record["relationship"]), Neo4jEntityMaps.ReadNode(record["node"])));
                }
            }

            foreach (var (id, list) in ids) groups[new NeighbourKey(branch.Tag, id)] = new NeighbourGroup(branch.Rows ? list : [], list.Count, null);
        }

        return groups;
    }
}
