using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>Neighbours of many nodes in one statement; the SQL already returns them in <see cref="Neighbour"/> order.</summary>
internal static class SqliteNeighbourReader
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<Neighbour>>> ReadAsync(
        SqliteConnection connection, NeighbourQuery query, CancellationToken cancellationToken)
    {
        var groups = query.NodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<Neighbour>(), StringComparer.Ordinal);
        var types = SqliteWireNames.RelationshipTypesJson(query.Types);
        await using var command = connection.CreateCommand(SqliteStatements.Neighbours)
            .With("$ids", SqliteJson.Strings(groups.Keys))
            .With("$types", types)
            .With("$outgoing", query.Direction is Direction.Outgoing or Direction.Both ? 1 : 0)
            .With("$incoming", query.Direction is Direction.Incoming or Direction.Both ? 1 : 0);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            var relationship = SqliteRowReader.ReadRelationship(row, 2);
            var node = SqliteRowReader.ReadNode(row, 2 + SqliteStatements.RelationshipColumnCount);
            var direction = row.GetInt64(1) == 1 ? Direction.Incoming : Direction.Outgoing;
            groups[row.GetString(0)].Add(new Neighbour(row.GetString(0), direction, relationship, node));
        }

        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<Neighbour>)g.Value, StringComparer.Ordinal);
    }
}
