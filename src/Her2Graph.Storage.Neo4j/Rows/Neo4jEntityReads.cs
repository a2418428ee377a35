using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
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

    /// <summary>
    /// The nodes carrying each cross-reference key, each list in node id order (ordinal, as the port orders it; Neo4j
    /// orders text by code point). A node the substring test found is kept only if it carries the key itself.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> NodesByXrefKeysAsync(
        INeo4jRunner runner, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var byNeedle = keys.Distinct(StringComparer.Ordinal)
            .Select(key => (Key: key, Needle: CrossReferenceJson.Barred(key)))
            .Where(k => k.Needle is not null)
            .ToDictionary(k => k.Needle!, k => k.Key, StringComparer.Ordinal);
        if (byNeedle.Count == 0) return new Dictionary<string, IReadOnlyList<GraphNode>>(StringComparer.Ordinal);

        var result = await runner.RunAsync(
            Neo4jStatements.NodesByXrefKeys, new Dictionary<string, object?> { ["needles"] = byNeedle.Keys.ToList() }, cancellationToken);
        var found = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var record in result.Records)
        {
            var key = byNeedle[record["needle"] as string ?? throw new FormatException("'needle' is not a string")];
            var node = Neo4jEntityMaps.ReadNode(record["node"]);
            if (!node.Xrefs.Any(x => x.Key == key)) continue;
            if (!found.TryGetValue(key, out var nodes)) found[key] = nodes = [];
            nodes.Add(node);
        }

        return found.ToDictionary(
            p => p.Key, p => (IReadOnlyList<GraphNode>)[.. p.Value.OrderBy(n => n.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
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
