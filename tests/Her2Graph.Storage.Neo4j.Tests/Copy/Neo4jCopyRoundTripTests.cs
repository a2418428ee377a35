using Her2Graph.Seeding.Export;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Her2Graph.Storage.Sqlite;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Copy;

/// <summary>
/// The repository seed copied SQLite → Neo4j → SQLite comes back identical, field by field, each store with its own
/// graph id. Needs the real Neo4j of the contract run (HER2GRAPH_NEO4J_URI); it empties that database first.
/// </summary>
[Collection(Neo4jServer.Collection)]
public sealed class Neo4jCopyRoundTripTests : IDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "her2graph-copy-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public async Task Copy_SqliteToNeo4jAndBack_KeepsEveryFieldWithThreeGraphIds()
    {
        Skip.If(Neo4jServer.Options is null, $"{Neo4jServer.UriVariable} is not set: no Neo4j server to copy through");
        var none = CancellationToken.None;
        Directory.CreateDirectory(_root);
        using var source = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(Path.Combine(_root, "source.db")), none);
        var seed = SeedFolder.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no graph-seed folder above the test assembly");
        Assert.True((await new SeedImporter(source, TimeProvider.System).ImportAsync(seed, new SeedOptions(), TextWriter.Null, none)).IsValid);
        var neo4j = await Neo4jGraphStore.OpenAsync(Http, Neo4jServer.Options!, none);
        await neo4j.DeleteEverythingAsync(none);
        using var back = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(Path.Combine(_root, "back.db")), none);

        var there = await GraphCopier.CopyAsync(source, neo4j, null, none);
        var home = await GraphCopier.CopyAsync(neo4j, back, null, none);

        var expected = await GraphReader.ReadAsync(source, null, none);
        var actual = await GraphReader.ReadAsync(back, null, none);
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Nodes.Select(n => n.Xrefs.Count), actual.Nodes.Select(n => n.Xrefs.Count));
        Assert.Equal(expected.Relationships, actual.Relationships);
        Assert.Equal(3, new[] { there.Source.GraphId, there.Target.GraphId, home.Target.GraphId }.Distinct().Count());
        Assert.Equal(there.Target, home.Source);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
