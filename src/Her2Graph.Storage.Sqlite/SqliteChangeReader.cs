using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>Reads the change log, oldest first.</summary>
internal static class SqliteChangeReader
{
    public static async Task<IReadOnlyList<ChangeRecord>> ReadAsync(SqliteConnection connection, ChangeQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SqliteStatements.Changes)
            .With("$version", query.AfterVersion)
            .With("$sequence", query.AfterSequence)
            .With("$first", Math.Max(query.First, 0));
        var changes = new List<ChangeRecord>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            changes.Add(new ChangeRecord(
                row.GetInt64(0),
                row.GetInt32(1),
                SqliteAuditText.Parse(row.GetString(2)),
                row.GetString(3),
                row.IsDBNull(4) ? null : row.GetString(4),
                Enum.Parse<ChangeOperation>(row.GetString(5)),
                row.GetString(6),
                row.GetString(7)));
        }

        return changes;
    }
}
