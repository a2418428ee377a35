using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>A temporary directory of a test's own for SQLite stores and export folders, deleted afterwards.</summary>
internal sealed class TempStores : IDisposable
{
    private readonly List<SqliteGraphStore> _stores = [];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "her2graph-export-" + Guid.NewGuid().ToString("N"));

    public TempStores() => Directory.CreateDirectory(Root);

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>A new, empty SQLite store (its schema created, never written).</summary>
    public async Task<SqliteGraphStore> EmptyAsync(string name)
    {
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(PathOf(name + ".db")), CancellationToken.None);
        _stores.Add(store);
        return store;
    }

    /// <summary>A new SQLite store with <paramref name="seedFolder"/> imported (the repository's graph-seed by default).</summary>
    public async Task<SqliteGraphStore> SeededAsync(string name, string? seedFolder = null)
    {
        var store = await EmptyAsync(name);
        var report = await new SeedImporter(store, FixedClock.Default).ImportAsync(seedFolder ?? RepositorySeed.Folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Errors));
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on another platform: the temp folder is cleaned by the OS.
        }
    }
}
