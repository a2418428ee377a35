using GraphQL.Types;
using Her2Graph.Domain.Store;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Paths;

internal sealed class PathStepGraphType : ObjectGraphType<PathStep>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Description = "One relationship on a path.";
        Field("relationship", NonNullRef("Relationship"))
            .Description("The relationship, with its citations and figures.")
            .Resolve(c => c.Source.Relationship);
        Field("direction", NonNullRef("Direction"))
            .Description("OUTGOING when the path walks the relationship from its start to its end.")
            .Resolve(c => c.Source.Direction);
    }
}
