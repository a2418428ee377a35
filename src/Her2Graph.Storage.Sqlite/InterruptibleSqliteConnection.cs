using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Her2Graph.Storage.Sqlite;

/// <summary>
/// A connection that stops its running statement when the caller's token is cancelled. <c>SqliteCommand.Cancel()</c>
/// does nothing in Microsoft.Data.Sqlite, and its async methods only check the token between rows, so a long search or
/// paths statement would run to its end after the request timed out or the client left: <c>sqlite3_interrupt</c> makes
/// the statement fail with SQLITE_INTERRUPT at its next step instead.
/// </summary>
internal sealed class InterruptibleSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    private CancellationTokenRegistration _interruptOnCancel;

    /// <summary>Call once the connection is open: from then until it closes, cancelling the token interrupts it.</summary>
    public void InterruptOn(CancellationToken cancellationToken) =>
        _interruptOnCancel = cancellationToken.Register(static state => ((InterruptibleSqliteConnection)state!).Interrupt(), this);

    public override void Close()
    {
        // Unregister first (waiting for a callback already running): sqlite3_interrupt on a handle that went back to the
        // pool would stop another caller's statement.
        _interruptOnCancel.Dispose();
        base.Close();
    }

    private void Interrupt()
    {
        if (Handle is { } handle) raw.sqlite3_interrupt(handle);
    }
}
