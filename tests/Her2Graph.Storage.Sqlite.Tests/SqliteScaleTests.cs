using System.Diagnostics;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Xunit;

namespace Her2Graph.Storage.Sqlite.Tests;

/// <summary>Guards against a write or a path search that is fine on the fixture but slow on a graph of real size.</summary>
public sealed class SqliteScaleTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task FindPaths_DenseGraphAtMaxHops_AnswersQuickly()
    {
        using var store = await SqliteGraphStore.OpenAsync(_database.Options, CancellationToken.None);
        await store.WriteAsync(DenseGraph(), CancellationToken.None);

        var clock = Stopwatch.StartNew();
        var paths = await store.FindPathsAsync(new PathQuery("variant-000", "gene-00", PathQuery.MaxHopsLimit, null, 20), CancellationToken.None);
        clock.Stop();

        Assert.Equal(20, paths.Count);
        Assert.Single(paths[0].Steps);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"paths took {clock.Elapsed}");
    }

    public void Dispose() => _database.Dispose();

    // 10 genes, 300 variants, 60 drugs: every variant in a gene, sensitive to 3 drugs; every drug targets 2 genes.
    private static GraphWrite DenseGraph()
    {
        var genes = Enumerable.Range(0, 10).Select(i => TestGraph.Node($"gene-{i:D2}", NodeKind.Gene, $"GENE{i}")).ToList();
        var variants = Enumerable.Range(0, 300).Select(i => TestGraph.Node($"variant-{i:D3}", NodeKind.Variant, $"variant {i}")).ToList();
        var drugs = Enumerable.Range(0, 60).Select(i => TestGraph.Node($"drug-{i:D2}", NodeKind.Drug, $"drug {i}")).ToList();
        var relationships = new List<GraphRelationship>();
        for (var v = 0; v < 300; v++)
        {
            relationships.Add(TestGraph.Relationship(RelationshipType.InGene, $"variant-{v:D3}", $"gene-{v % 10:D2}"));
            for (var k = 0; k < 3; k++)
                relationships.Add(TestGraph.Relationship(RelationshipType.SensitiveTo, $"variant-{v:D3}", $"drug-{(v * 7 + k * 13) % 60:D2}"));
        }

        for (var d = 0; d < 60; d++)
        {
            relationships.Add(TestGraph.Relationship(RelationshipType.Targets, $"drug-{d:D2}", $"gene-{d % 10:D2}"));
            relationships.Add(TestGraph.Relationship(RelationshipType.Targets, $"drug-{d:D2}", $"gene-{(d + 3) % 10:D2}"));
        }

        return GraphWrite.Upsert([.. genes, .. variants, .. drugs], relationships, TestGraph.Seed);
    }
}
