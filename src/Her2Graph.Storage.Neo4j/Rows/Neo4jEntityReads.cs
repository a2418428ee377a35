using Her2Graph.Domain.Graph;
using Her2Graph.Storage.Neo4j.Http;

namespace Her2Graph.Storage.Neo4j.Rows;

/// <summary>Batch reads of whole entities, shared by the port's reads and the writer (inside its transaction).</summary>
internal static class Neo4jEntityReads
{
    public static async Task<Dictionary<string, GraphNode>> NodesAsync(INeo4jRunner runner, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct(StringComparer.Ordinal).ToList();
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        if (distinct.Count == 0) return nodes;

        var result = await runner.RunAsync(Neo4jStatements.NodesByIds, new Dictionary<string, object?> { ["ids"] = distinct }, cancellationToken);
        foreach (var record in result.Records)
        {
            var node = Neo4jEntityMaps.ReadNode(record["node"]);
            nodes[node.Id] = node;
        }

        return nodes;
    }

    /// <summary>The nodes carrying each cross-reference key, in id order.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> NodesByXrefsAsync(
        INeo4jRunner runner, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var rows = keys.Distinct(StringComparer.Ordinal)
            .Select(key => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["key"] = key, ["needle"] = "|" + key + "|" })
            .ToList();
        var nodes = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        if (rows.Count > 0)
        {
            var result = await runner.RunAsync(Neo4jStatements.NodesByXrefs, new Dictionary<string, object?> { ["keys"] = rows }, cancellationToken);
            foreach (var record in result.Records)
            {
                var key = record["key"] as string ?? throw new FormatException("a NodesByXrefs row has no key");
                if (!nodes.TryGetValue(key, out var carriers)) nodes[key] = carriers = [];
                carriers.Add(Neo4jEntityMaps.ReadNode(record["node"]));
            }
        }

        return nodes.ToDictionary(p => p.Key, p => (IReadOnlyList<GraphNode>)p.Value, StringComparer.Ordinal);
    }

    public static async Task<Dictionary<RelationshipKey, GraphRelationship>> RelationshipsAsync(
        INeo4jRunner runner, IEnumerable<RelationshipKey> keys, CancellationToken cancellationToken)
    {
        var rows = keys.Distinct().Select(Neo4jEntityMaps.KeyRow).ToList();
        if (rows.Count == 0) return [];
        return await ReadAsync(runner, Neo4jStatements.RelationshipsByKeys, new() { ["keys"] = rows }, cancellationToken);
    }

    /// <summary>Every relationship that starts or ends at one of the nodes.</summary>
    public static async Task<Dictionary<RelationshipKey, GraphRelationship>> RelationshipsOfNodesAsync(
        INeo4jRunner runner, IEnumerable<string> nodeIds, CancellationToken cancellationToken)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return [];
        return await ReadAsync(runner, Neo4jStatements.RelationshipsOfNodes, new() { ["ids"] = ids }, cancellationToken);
    }

    private static async Task<Dictionary<RelationshipKey, GraphRelationship>> ReadAsync(
        INeo4jRunner runner, string statement, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(statement, parameters, cancellationToken);
        var relationships = new Dictionary<RelationshipKey, GraphRelationship>();
        foreach (var record in result.Records)
        {
            var relationship = Neo4jEntityMaps.ReadRelationship(record["relationship"]);
            relationships[relationship.Key] = relationship;
        }

        return relationships;
    }
}
