using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>
/// Turns a file of the current schema back into what the build of an older schema left, keeping its data model (unlike
/// SqliteDataModelTests' downgrade, which also sets the model that build wrote): schema 3 had no cross-references (no
/// nodes.xrefs, no node_xrefs), schema 2 no data_model, schema 1 no graph_id.
/// </summary>
internal static class OlderSchema
{
    public static async Task DowngradeAsync(string path, int schemaVersion)
    {
        SqliteConnection.ClearAllPools();
        await ExecuteAsync(path, "DROP TABLE node_xrefs; ALTER TABLE nodes DROP COLUMN xrefs; PRAGMA user_version = 3;");
        if (schemaVersion <= 2) await ExecuteAsync(path, "ALTER TABLE graph_meta DROP COLUMN data_model; PRAGMA user_version = 2;");
        if (schemaVersion == 1) await ExecuteAsync(path, "ALTER TABLE graph_meta DROP COLUMN graph_id; PRAGMA user_version = 1;");
        SqliteConnection.ClearAllPools();
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
