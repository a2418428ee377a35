using Her2Graph.Domain.Store;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// Reads the graph version on one connection kept open with its statement prepared. Every request reads the version
/// (it keys the read and response caches, which is what keeps them fresh across replicas), so this is the store's
/// hottest call: a pooled connection per call costs its open, its pragmas and a prepare each time, about 20 times the
/// read itself. Each read is its own autocommit statement and therefore its own WAL snapshot: it sees every write
/// committed before it, by any connection or process. Calls take turns on the connection; a read takes microseconds.
/// </summary>
internal sealed class SqliteVersionReader(SqliteConnectionFactory connections) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    public GraphVersion Read(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            try
            {
                _command ??= Prepare();
                using var row = _command.ExecuteReader();
                if (!row.Read()) throw new InvalidOperationException("graph_meta has no row: the file was changed outside the store");
                return new GraphVersion(row.GetString(0), row.GetInt64(1));
            }
            catch
            {
                // A connection that failed once (file replaced, disk error) is not trusted again: the next read opens anew.
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock) Close();
    }

    private SqliteCommand Prepare()
    {
        var connection = new SqliteConnection(connections.ConnectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand(SqliteStatements.ConnectionPragmas)) pragmas.ExecuteNonQuery();
            var command = connection.CreateCommand(SqliteStatements.ReadGraphVersion);
            command.Prepare();
            _connection = connection;
            return command;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        _command = null;
        _connection = null;
    }
}
