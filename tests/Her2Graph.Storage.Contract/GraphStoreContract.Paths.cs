using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Xunit;
using static Her2Graph.Storage.Contract.TestGraph;

namespace Her2Graph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task FindPaths_SeveralLengths_ReturnsShortestFirstThenByNodeIds()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await store.FindPathsAsync(new PathQuery(Yvma, Erbb2, 2, null, 10), None);

        // Two paths through T-DXd, one per SENSITIVE_TO qualifier, ordered by relationship key.
        Assert.Equal(
            [$"{Yvma}>{Erbb2}", $"{Yvma}>{Poziotinib}>{Erbb2}", $"{Yvma}>{Tdxd}>{Erbb2}", $"{Yvma}>{Tdxd}>{Erbb2}"],
            paths.Select(p => string.Join('>', p.Nodes.Select(n => n.Id))));
        Assert.Equal([Lung01Qualifier, Lung02Qualifier], paths.Skip(2).Select(p => p.Steps[0].Relationship.Qualifier));
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Steps.Count + 1));
    }

    [SkippableFact]
    public async Task FindPaths_StepsWalkedBackwards_AreMarkedIncoming()
    {
        var store = await CreateSeededStoreAsync();

        var path = (await store.FindPathsAsync(new PathQuery(Erbb2, Yvma, 2, [RelationshipType.Targets, RelationshipType.SensitiveTo], 10), None))[0];

        Assert.Equal([Erbb2, Poziotinib, Yvma], path.Nodes.Select(n => n.Id));
        Assert.Equal([Direction.Incoming, Direction.Incoming], path.Steps.Select(s => s.Direction));
        Assert.Equal(RelationshipByKey(RelationshipType.Targets, Poziotinib, Erbb2), path.Steps[0].Relationship);
        Assert.Equal(NodeById(Poziotinib), path.Nodes[1]);
    }

    [SkippableFact]
    public async Task FindPaths_MaxHops_BoundsThePathLength()
    {
        var store = await CreateSeededStoreAsync();

        var short1 = await store.FindPathsAsync(new PathQuery(Yvma, Erbb2, 1, null, 10), None);
        var long4 = await store.FindPathsAsync(new PathQuery(Yvma, Erbb2, 4, null, 100), None);

        Assert.Single(short1);
        Assert.All(long4, p => Assert.InRange(p.Steps.Count, 1, 4));
        Assert.Contains(long4, p => p.Steps.Count == 3);
        Assert.Equal(long4.Select(p => p.Steps.Count).Order(), long4.Select(p => p.Steps.Count));
    }

    [SkippableFact]
    public async Task FindPaths_TypeRestriction_UsesOnlyThoseTypes()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await store.FindPathsAsync(new PathQuery(Yvma, Erbb2, 3, [RelationshipType.SensitiveTo, RelationshipType.Targets], 10), None);

        Assert.Equal(3, paths.Count);
        Assert.All(paths.SelectMany(p => p.Steps), s => Assert.Contains(s.Relationship.Type, new[] { RelationshipType.SensitiveTo, RelationshipType.Targets }));
    }

    [SkippableFact]
    public async Task FindPaths_AnyLength_NeverVisitsANodeTwice()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await store.FindPathsAsync(new PathQuery(Lung02, Erbb2, PathQuery.MaxHopsLimit, null, 1000), None);

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal(p.Nodes.Count, p.Nodes.Select(n => n.Id).Distinct().Count()));
        Assert.Equal(paths.Count, paths.Select(p => string.Join('>', p.Steps.Select(s => s.Relationship.Key.ToString()))).Distinct().Count());
    }

    [SkippableFact]
    public async Task FindPaths_ParallelRelationships_AreSeparatePathsOrderedByKey()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await store.FindPathsAsync(new PathQuery(Yvma, Tdxd, 1, null, 10), None);

        Assert.Equal([Lung01Qualifier, Lung02Qualifier], paths.Select(p => Assert.Single(p.Steps).Relationship.Qualifier));
    }

    [SkippableFact]
    public async Task FindPaths_Limit_CutsAfterTheShortest()
    {
        var store = await CreateSeededStoreAsync();

        var paths = await store.FindPathsAsync(new PathQuery(Yvma, Erbb2, 3, null, 2), None);

        Assert.Equal([1, 2], paths.Select(p => p.Steps.Count));
    }

    [SkippableFact]
    public async Task FindPaths_NoConnection_ReturnsEmpty()
    {
        var store = await CreateSeededStoreAsync();

        Assert.Empty(await store.FindPathsAsync(new PathQuery(Yvma, Diarrhea, 1, null, 10), None));
        Assert.Empty(await store.FindPathsAsync(new PathQuery(Yvma, Diarrhea, 6, [RelationshipType.InGene], 10), None));
        Assert.Empty(await store.FindPathsAsync(new PathQuery(Yvma, "no such node", 3, null, 10), None));
    }

    [SkippableFact]
    public async Task FindPaths_MaxHopsAboveLimit_IsRefused()
    {
        var store = await CreateSeededStoreAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => store.FindPathsAsync(new PathQuery(Yvma, Erbb2, PathQuery.MaxHopsLimit + 1, null, 10), None));
    }
}
