using Her2Graph.Seeding.Export;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>The whole-graph reader: every page, sorted, at one version; a graph that keeps changing fails clearly.</summary>
public sealed class GraphReaderTests
{
    [Fact]
    public async Task Read_SeededStore_HasEveryNodeAndRelationshipSortedAtTheStoreVersion()
    {
        using var temp = new TempStores();
        var store = await temp.SeededAsync("seeded");
        var statistics = await store.GetStatisticsAsync(CancellationToken.None);

        var snapshot = await GraphReader.ReadAsync(store, null, CancellationToken.None);

        Assert.Equal(await store.GetVersionAsync(CancellationToken.None), snapshot.Version);
        Assert.Equal(statistics.NodeCounts, snapshot.NodeCounts);
        Assert.Equal(statistics.RelationshipCounts, snapshot.RelationshipCounts);
        Assert.Equal(snapshot.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), snapshot.Nodes.Select(n => n.Id));
        Assert.Equal(snapshot.Relationships.Count, snapshot.Relationships.Select(r => r.Key).Distinct().Count());
        Assert.True(snapshot.Relationships.Count > 2 * GraphReader.PageSize, "the seed must span several relationship pages for this test to page");
    }

    [Fact]
    public async Task Read_WriteDuringFirstAttempt_RestartsAndReadsTheNewVersion()
    {
        using var temp = new TempStores();
        var store = await temp.SeededAsync("seeded");
        var before = await store.GetVersionAsync(CancellationToken.None);

        var snapshot = await GraphReader.ReadAsync(new WritingDuringReadStore(store, writes: 1), null, CancellationToken.None);

        Assert.Equal(before.Number + 1, snapshot.Version.Number);
        Assert.Contains(snapshot.Nodes, n => n.Id == "gene-written-during-read-1");
    }

    [Fact]
    public async Task Read_WritesDuringEveryAttempt_FailsSayingTheGraphKeptChanging()
    {
        using var temp = new TempStores();
        var store = await temp.SeededAsync("seeded");

        var error = await Assert.ThrowsAsync<GraphChangedDuringReadException>(
            () => GraphReader.ReadAsync(new WritingDuringReadStore(store, writes: GraphReader.Attempts), null, CancellationToken.None));

        Assert.Contains("kept changing", error.Message, StringComparison.Ordinal);
    }
}
