using Her2Graph.Domain.Schema;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Creates the schema when the file is new and migrates a file of an older schema version; opening a file at the
/// current version changes nothing. A new file gets its random graph id here, an older one when it is migrated. A file
/// that holds other tables but not ours is someone else's database: it is refused before anything is written to it.
/// Then the data model: an empty graph is stamped with this build's, and one that holds nodes of another model is
/// refused (<see cref="DataModel.MustStamp"/>) and left as it was, its schema migration rolled back with the rest.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Model 4 changed only how Neo4j stores relationships: a model-3 file is stamped 4 as it is.</summary>
    private const int SameRowsSince = 3;

    public static async Task EnsureAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await ThrowIfForeignAsync(connection, cancellationToken);

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

        if (version == 1) await ExecuteAsync(connection, transaction, SqliteStatements.MigrateToVersion2, cancellationToken);
        if (version is 1 or 2) await ExecuteAsync(connection, transaction, SqliteStatements.MigrateToVersion3, cancellationToken);
        if (version is 1 or 2 or 3) await ExecuteAsync(connection, transaction, SqliteStatements.MigrateToVersion4, cancellationToken);

        await using (var create = connection.CreateCommand(SqliteStatements.CreateSchema, transaction).With("$graph_id", Guid.NewGuid().ToString()))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await EnsureDataModelAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task EnsureDataModelAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        int? recorded;
        bool holdsNodes;
        await using (var command = connection.CreateCommand(SqliteStatements.ReadDataModel, transaction))
        await using (var row = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await row.ReadAsync(cancellationToken)) throw new InvalidOperationException("graph_meta has no row: the file was changed outside the store");
            recorded = row.IsDBNull(0) ? null : row.GetInt32(0);
            holdsNodes = row.GetBoolean(1);
        }

        if (!DataModel.MustStamp(recorded, holdsNodes, connection.DataSource, Reseed(connection.DataSource), SameRowsSince)) return;
        await using var stamp = connection.CreateCommand(SqliteStatements.StampDataModel, transaction).With("$data_model", DataModel.Current);
        await stamp.ExecuteNonQueryAsync(cancellationToken);
    }

    // What the operator can run: the API seeds a new, empty file from graph-seed/ on start, and so does the CLI.
    private static string Reseed(string path) =>
        $"stop the API, delete {path} (with {path}-wal and {path}-shm where present) and start the API again, which seeds the new file from its seed folder (graph-seed/); "
        + $"or, after deleting it, run `her2graph seed --db {path}`. Re-seeding drops edits curators made through the API: keep a copy of the file to re-apply them";

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Reading the table list is also the first read of the file, so a file that is not a database fails here
    // (SQLITE_NOTADB), before WAL is switched on.
    private static async Task ThrowIfForeignAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand(SqliteStatements.ReadTableNames))
        await using (var row = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken)) tables.Add(row.GetString(0));
        }

        if (tables.Count > 0 && !tables.Contains("graph_meta", StringComparer.Ordinal))
        {
            throw new InvalidDataException(
                $"{connection.DataSource} is a SQLite database but not a Her2Graph graph (it has {string.Join(", ", tables.Take(5))}{(tables.Count > 5 ? ", …" : string.Empty)} and no graph_meta)");
        }
    }

    private static async Task<long> ReadUserVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SqliteStatements.ReadUserVersion, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
    }
}
