using Her2Graph.Storage.Sqlite.Aggregation;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Opens a connection per call. Microsoft.Data.Sqlite pools them, so this costs no file open; per-call connections
/// keep each read on its own WAL snapshot and let calls run in parallel. Cancelling the token given here interrupts the
/// connection's running statement (<see cref="InterruptibleSqliteConnection"/>), so every statement stops with its caller.
/// </summary>
internal sealed class SqliteConnectionFactory(string databasePath)
{
    public string ConnectionString { get; } = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
    }.ToString();

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new InterruptibleSqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.InterruptOn(cancellationToken);
            SqliteMedian.Register(connection);
            await using var command = connection.CreateCommand(SqliteStatements.ConnectionPragmas);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
