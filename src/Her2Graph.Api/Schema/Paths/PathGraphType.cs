using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Paths;

internal sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A path between two nodes: nodes[i] and nodes[i+1] are joined by steps[i].";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of relationships.").Resolve(c => c.Source.Steps.Count);
        Field("nodes", NonNullListOf(Ref("Node"))).Description("The nodes, from start to end.").Resolve(c => c.Source.Nodes);
        Field("steps", NonNullListOf(Ref("PathStep")))
            .Description("The relationships, in path order, with the direction walked.")
            .Resolve(c => c.Source.Steps);
    }
}
