using GraphQL.Types;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Paths;

internal sealed class PathStepGraphType : ObjectGraphType<PathStep>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Description = "One relationship on a path.";
        this.Add("relationship", SchemaFields.NonNullRef("Relationship"), "The relationship, with its citations and figures.", c => c.Source.Relationship);
        this.Add("direction", SchemaFields.NonNullRef("Direction"), "OUTGOING when the path walks the relationship from its start to its end.", c => c.Source.Direction);
    }
}
