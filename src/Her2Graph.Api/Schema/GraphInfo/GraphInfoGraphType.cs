using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.SchemaFields;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class GraphInfoGraphType : ObjectGraphType<GraphStatistics>
{
    public GraphInfoGraphType()
    {
        Name = "GraphInfo";
        Description = "The graph's version and size.";
        this.Add("version", NonNull(new IntGraphType()), "Bumped by every write that changes something.", c => (int)c.Source.Version);
        this.Add("nodeCount", NonNull(new IntGraphType()), "Nodes in all.", c => c.Source.NodeCounts.Values.Sum());
        this.Add("relationshipCount", NonNull(new IntGraphType()), "Relationships in all.", c => c.Source.RelationshipCounts.Values.Sum());
        this.Add("nodeCounts", NonNullListOf(Ref("NodeKindCount")), "Nodes per kind.", c => c.Source.NodeCounts.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => new KindCount(p.Key, p.Value)));
        this.Add("relationshipCounts", NonNullListOf(Ref("RelationshipTypeCount")), "Relationships per type.", c => c.Source.RelationshipCounts.OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).Select(p => new TypeCount(p.Key, p.Value)));
    }
}
