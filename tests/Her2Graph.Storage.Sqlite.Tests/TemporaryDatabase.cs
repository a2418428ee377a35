using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>A database file in a fresh temporary folder, removed with the folder when the test ends.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("her2graph-sqlite-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    public SqliteGraphStoreOptions Options => new(Path);

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can go (Windows refuses otherwise).
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
