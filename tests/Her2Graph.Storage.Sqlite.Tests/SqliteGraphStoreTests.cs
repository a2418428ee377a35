using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>The store contract, each test on its own database file.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly List<TemporaryDatabase> _databases = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var database = new TemporaryDatabase();
        _databases.Add(database);
        return await SqliteGraphStore.OpenAsync(database.Options, CancellationToken.None);
    }

    public void Dispose()
    {
        foreach (var database in _databases) database.Dispose();
    }
}
