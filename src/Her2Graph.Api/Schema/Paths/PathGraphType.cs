using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.Paths;

internal sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A path between two nodes: nodes[i] and nodes[i+1] are joined by steps[i].";
        this.Add("length", NonNull(new IntGraphType()), "Number of relationships.", c => c.Source.Steps.Count);
        this.Add("nodes", NonNullListOf(Ref("Node")), "The nodes, from start to end.", c => c.Source.Nodes);
        this.Add("steps", NonNullListOf(Ref("PathStep")), "The relationships, in path order, with the direction walked.", c => c.Source.Steps);
    }
}
