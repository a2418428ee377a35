using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// What a SQLite store file holds, read directly: whether <c>PRAGMA integrity_check</c> passes, the graph version, the
/// counts of every table, and a SHA-256 over the content of every node and relationship in key order. Audit times are
/// left out of the checksum, so two imports of the same files at different times compare equal.
/// </summary>
internal sealed record StoreState(string Integrity, long Version, long Nodes, long Relationships, long Changes, long SearchEntries, long Xrefs, string Checksum)
{
    private const string NodeContent = "SELECT id, kind, name, aliases, properties, citations, status, status_note, xrefs, version FROM nodes ORDER BY id;";
    private const string RelationshipContent =
        "SELECT key, type, from_id, to_id, qualifier, properties, citations, status, status_note, evidence_level, version FROM relationships ORDER BY key;";

    public bool OpensCleanly => Integrity == "ok";

    /// <summary>The same graph: everything but <see cref="Integrity"/>.</summary>
    public bool SameGraph(StoreState other) => this with { Integrity = other.Integrity } == other;

    public override string ToString() =>
        $"version {Version}, {Nodes:N0} nodes, {Relationships:N0} relationships, {Changes:N0} changes, checksum {Checksum[..12]}, integrity {Integrity}";

    public static async Task<StoreState> ReadAsync(string path)
    {
        // Opening read-write lets SQLite recover the file as the store would: roll back a transaction left in the WAL.
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await connection.OpenAsync();
        var integrity = string.Join("; ", await ColumnAsync(connection, "PRAGMA integrity_check;"));
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await HashAsync(connection, NodeContent, hash);
        await HashAsync(connection, RelationshipContent, hash);
        return new StoreState(
            integrity,
            await CountAsync(connection, "SELECT version FROM graph_meta WHERE id = 1;"),
            await CountAsync(connection, "SELECT count(*) FROM nodes;"),
            await CountAsync(connection, "SELECT count(*) FROM relationships;"),
            await CountAsync(connection, "SELECT count(*) FROM changes;"),
            await CountAsync(connection, "SELECT count(*) FROM node_search;"),
            await CountAsync(connection, "SELECT count(*) FROM node_xrefs;"),
            Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>Folds the WAL into the file, so that copying the file alone copies the store.</summary>
    public static async Task CheckpointAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await ColumnAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return values;
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task HashAsync(SqliteConnection connection, string sql, IncrementalHash hash)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "\u0000null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u001f"));
            }

            hash.AppendData("\u001e"u8);
        }
    }
}
