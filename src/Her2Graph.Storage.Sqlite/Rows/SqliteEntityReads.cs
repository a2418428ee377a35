using Her2Graph.Domain.Graph;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Rows;

/// <summary>Batch reads of whole entities, shared by the port's reads, the writer and the path finder.</summary>
internal static class SqliteEntityReads
{
    public static async Task<Dictionary<string, GraphNode>> NodesAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SqliteStatements.NodesByIds, transaction)
            .With("$ids", SqliteJson.Strings(ids.Distinct(StringComparer.Ordinal)));
        var nodes = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var node = SqliteRowReader.ReadNode(row, 0);
            nodes[node.Id] = node;
        }

        return nodes;
    }

    /// <summary>The nodes carrying each cross-reference key, in id order (the statement orders by key, then id).</summary>
    public static async Task<Dictionary<string, IReadOnlyList<GraphNode>>> NodesByXrefsAsync(
        SqliteConnection connection, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SqliteStatements.NodesByXrefs)
            .With("$keys", SqliteJson.Strings(keys.Distinct(StringComparer.Ordinal)));
        var nodes = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var key = row.GetString(0);
            if (!nodes.TryGetValue(key, out var carriers)) nodes[key] = carriers = [];
            carriers.Add(SqliteRowReader.ReadNode(row, 1));
        }

        return nodes.ToDictionary(p => p.Key, p => (IReadOnlyList<GraphNode>)p.Value, StringComparer.Ordinal);
    }

    public static Task<Dictionary<RelationshipKey, GraphRelationship>> RelationshipsAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<RelationshipKey> keys, CancellationToken cancellationToken) =>
        RelationshipsAsync(
            connection, transaction, SqliteStatements.RelationshipsByKeys, "$keys", keys.Select(k => k.ToString()), cancellationToken);

    /// <summary>Relationships by their stored key text (<see cref="RelationshipKey.ToString"/>).</summary>
    public static Task<Dictionary<RelationshipKey, GraphRelationship>> RelationshipsByKeyTextAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> keys, CancellationToken cancellationToken) =>
        RelationshipsAsync(connection, transaction, SqliteStatements.RelationshipsByKeys, "$keys", keys, cancellationToken);

    /// <summary>Every relationship that starts or ends at one of the nodes.</summary>
    public static Task<Dictionary<RelationshipKey, GraphRelationship>> RelationshipsOfNodesAsync(
        SqliteConnection connection, SqliteTransaction? transaction, IEnumerable<string> nodeIds, CancellationToken cancellationToken) =>
        RelationshipsAsync(connection, transaction, SqliteStatements.RelationshipsOfNodes, "$ids", nodeIds, cancellationToken);

    private static async Task<Dictionary<RelationshipKey, GraphRelationship>> RelationshipsAsync(
        SqliteConnection connection,
        SqliteTransaction? transaction,
        string sql,
        string parameter,
        IEnumerable<string> values,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction)
            .With(parameter, SqliteJson.Strings(values.Distinct(StringComparer.Ordinal)));
        var relationships = new Dictionary<RelationshipKey, GraphRelationship>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var relationship = SqliteRowReader.ReadRelationship(row, 0);
            relationships[relationship.Key] = relationship;
        }

        return relationships;
    }
}
