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

        Assert.Equal(0, await store.GetVersionAsync(None));
    }

    [SkippableFact]
    public async Task GetVersion_AfterWrites_FollowsEveryChangingWriteAndMatchesStatistics()
    {
        var store = await CreateSeededStoreAsync();
        var node = Nodes[0];

        var unchanged = await store.WriteAsync(GraphWrite.Upsert([node], [], Curator(2)), None);
        var afterUnchanged = await store.GetVersionAsync(None);
        var changed = await store.WriteAsync(GraphWrite.Upsert([node with { Aliases = [.. node.Aliases, "version probe"] }], [], Curator(3)), None);

        Assert.Equal(unchanged.Version, afterUnchanged);
        Assert.Equal(changed.Version, await store.GetVersionAsync(None));
        Assert.Equal(afterUnchanged + 1, changed.Version);
        Assert.Equal((await store.GetStatisticsAsync(None)).Version, await store.GetVersionAsync(None));
    }
}
