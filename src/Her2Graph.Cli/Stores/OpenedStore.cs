using Her2Graph.Domain.Store;

namespace Her2Graph.Cli.Stores;

/// <summary>A store a command opened from a locator, with what it holds open (the SQLite store, Neo4j's HttpClient).</summary>
internal sealed class OpenedStore(IGraphStore store, string description, params IDisposable[] owned) : IDisposable
{
    public IGraphStore Store => store;

    /// <summary>The store as the user named it, for reports.</summary>
    public string Description => description;

    public void Dispose()
    {
        foreach (var disposable in owned) disposable.Dispose();
    }
}
