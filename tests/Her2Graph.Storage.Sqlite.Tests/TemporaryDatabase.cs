using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>A database file in a fresh temporary folder, removed with the folder when the test ends.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("her2graph-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    public SqliteGraphStoreOptions Options => new(Path);

    /// <summary>SQLite's plan for a statement, one detail line per step, to prove a read or delete uses an index.</summary>
    public async Task<List<string>> QueryPlanAsync(string sql, Dictionary<string, object?> parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        var lines = new List<string>();
        await using var row = await command.ExecuteReaderAsync();
        while (await row.ReadAsync()) lines.Add(row.GetString(3));
        return lines;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can go (Windows refuses otherwise).
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
