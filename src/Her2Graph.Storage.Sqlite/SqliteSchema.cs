using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>Creates the schema when the file is new; opening an existing file at the current version changes nothing.</summary>
internal static class SqliteSchema
{
    public static async Task EnsureAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);

        // journal_mode cannot change inside a transaction, so WAL is switched on first.
        await using (var wal = connection.CreateCommand(SqliteStatements.EnableWal))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var version = await ReadUserVersionAsync(connection, transaction, cancellationToken);
        if (version > SqliteStatements.SchemaVersion)
        {
            throw new InvalidOperationException(
                $"the database has schema version {version}, newer than this build's {SqliteStatements.SchemaVersion}: upgrade the application");
        }

        await using (var create = connection.CreateCommand(SqliteStatements.CreateSchema, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<long> ReadUserVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SqliteStatements.ReadUserVersion, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }
}
