using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Seeding.Tests.Cli;

/// <summary>A temporary working directory of a test's own with SQLite stores seeded from the repository's graph-seed by the CLI itself.</summary>
internal sealed class SeededStores : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("her2graph-cli-").FullName;

    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>Runs <c>her2graph seed graph-seed --db NAME</c>; returns the file's full path.</summary>
    public async Task<string> SeedAsync(string name)
    {
        var run = await CommandRun.RunAsync(Root, "seed", RepositorySeed.Folder, "--db", name);
        Assert.True(run.ExitCode == 0, run.Error);
        return PathOf(name);
    }

    /// <summary>The version and counts of the SQLite store at <paramref name="name"/>.</summary>
    public async Task<(GraphVersion Version, GraphStatistics Statistics)> ReadAsync(string name)
    {
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(PathOf(name)), CancellationToken.None);
        return (await store.GetVersionAsync(CancellationToken.None), await store.GetStatisticsAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
