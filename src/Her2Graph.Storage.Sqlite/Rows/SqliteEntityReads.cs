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

    /// <summary>The nodes carrying each cross-reference key, each list in node id order (ordinal, as the port orders it).</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> NodesByXrefKeysAsync(
        SqliteConnection connection, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SqliteStatements.NodesByXrefKeys)
            .With("$keys", SqliteJson.Strings(keys.Distinct(StringComparer.Ordinal)));
        var found = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var key = row.GetString(0);
            if (!found.TryGetValue(key, out var nodes)) found[key] = nodes = [];
            nodes.Add(SqliteRowReader.ReadNode(row, 1));
        }

        // Sorted here rather than in SQL: SQLite compares text as UTF-8 bytes, the port orders ids as UTF-16 (ordinal).
        return found.ToDictionary(
            p => p.Key, p => (IReadOnlyList<GraphNode>)[.. p.Value.OrderBy(n => n.Id, StringComparer.Ordinal)], StringComparer.Ordinal);
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
