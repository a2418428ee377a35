using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task GetVersion_EmptyStore_IsZero()
    {
        var store = await CreateStoreAsync();

        Assert.Equal(0, (await store.GetVersionAsync(None)).Number);
    }

    [SkippableFact]
    public async Task GetVersion_AfterWrites_FollowsEveryChangingWriteAndMatchesStatistics()
    {
        var store = await CreateSeededStoreAsync();
        var node = Nodes[0];

        var unchanged = await store.WriteAsync(GraphWrite.Upsert([node], [], Curator(2)), None);
        var afterUnchanged = (await store.GetVersionAsync(None)).Number;
        var changed = await store.WriteAsync(GraphWrite.Upsert([node with { Aliases = [.. node.Aliases, "version probe"] }], [], Curator(3)), None);

        Assert.Equal(unchanged.Version, afterUnchanged);
        Assert.Equal(changed.Version, (await store.GetVersionAsync(None)).Number);
        Assert.Equal(afterUnchanged + 1, changed.Version);
        Assert.Equal((await store.GetStatisticsAsync(None)).Version, (await store.GetVersionAsync(None)).Number);
    }

    [SkippableFact]
    public async Task GetVersion_AskedTwiceAndAfterWrites_KeepsTheGraphId()
    {
        var store = await CreateStoreAsync();

        var empty = await store.GetVersionAsync(None);
        var again = await store.GetVersionAsync(None);
        await store.WriteAsync(Standard(), None);
        var written = await store.GetVersionAsync(None);

        Assert.False(string.IsNullOrWhiteSpace(empty.GraphId));
        Assert.Equal(empty, again);
        Assert.Equal(empty.GraphId, written.GraphId);
        Assert.NotEqual(empty.Number, written.Number);
    }

    [SkippableFact]
    public async Task GetVersion_TwoNewStores_HaveDifferentGraphIds()
    {
        var first = await CreateStoreAsync();
        var firstId = (await first.GetVersionAsync(None)).GraphId;
        var second = await CreateStoreAsync();

        Assert.NotEqual(firstId, (await second.GetVersionAsync(None)).GraphId);
    }
}
