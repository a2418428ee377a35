namespace Her2Graph.Api.Loaders;

/// <summary>The request's loaded nodes and relationships, forgotten when the request writes.</summary>
internal static class LoadedGraph
{
    /// <summary>
    /// Mutation fields run one after another; forgetting what the request loaded before each write means that a
    /// later field (or a payload's nested nodes) never shows a node as an earlier field left it.
    /// </summary>
    public static void ForgetLoadedGraph(this IServiceProvider requestServices)
    {
        requestServices.GetRequiredService<NodesByIdDataLoader>().Clear();
        requestServices.GetRequiredService<NeighboursByNodeIdDataLoader>().Clear();
        requestServices.GetRequiredService<RelationshipsByKeyDataLoader>().Clear();
    }
}
