using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;
using Her2Graph.Storage.Sqlite;

namespace Her2Graph.Bench;

/// <summary>The repository's graph-seed/ in a temporary SQLite file.</summary>
internal sealed class SeededGraph : IAsyncDisposable
{
    private readonly string _directory;
    private readonly SqliteGraphStore _store;

    private SeededGraph(string directory, SqliteGraphStore store, IReadOnlyList<string> drugIds)
    {
        _directory = directory;
        _store = store;
        DrugIds = drugIds;
    }

    public IGraphStore Store => _store;

    public IReadOnlyList<string> DrugIds { get; }

    public static async Task<SeededGraph> CreateAsync()
    {
        var folder = SeedFolder.Find(Directory.GetCurrentDirectory()) ?? SeedFolder.Find(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("run the benchmark from inside the repository: no graph-seed/ found");
        var directory = Path.Combine(Path.GetTempPath(), "her2graph-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(Path.Combine(directory, "bench.db")), CancellationToken.None);
        var report = await new SeedImporter(store, TimeProvider.System).ImportAsync(folder, new SeedOptions(), TextWriter.Null, CancellationToken.None);
        if (!report.IsValid) throw new InvalidOperationException("graph-seed/ is invalid: " + string.Join("; ", report.Errors));

        var drugs = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, [], First: 100), CancellationToken.None);
        return new SeededGraph(directory, store, drugs.Nodes.Select(n => n.Node.Id).ToList());
    }

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
