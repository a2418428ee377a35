using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Creates the schema when the file is new and migrates a file of an older schema version; opening a file at the
/// current version changes nothing. A new file gets its random graph id here, an older one when it is migrated.
/// </summary>
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

        // Immediate: the write lock is taken before the version is read, so two processes opening one old file
        // migrate it one after the other.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = await ReadUserVersionAsync(connection, transaction, cancellationToken);
        if (version > SqliteStatements.SchemaVersion)
        {
            throw new InvalidOperationException(
                $"the database has schema version {version}, newer than this build's {SqliteStatements.SchemaVersion}: upgrade the application");
        }

        if (version == 1)
        {
            await using var migrate = connection.CreateCommand(SqliteStatements.MigrateToVersion2, transaction);
            await migrate.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var create = connection.CreateCommand(SqliteStatements.CreateSchema, transaction).With("$graph_id", Guid.NewGuid().ToString()))
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
