using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class KindCountGraphType : ObjectGraphType<KindCount>
{
    public KindCountGraphType()
    {
        Name = "NodeKindCount";
        Description = "How many nodes of a kind the graph holds.";
        Field("kind", NonNullRef("NodeKind")).Description("The kind.").Resolve(c => c.Source.Kind);
        Field(c => c.Count).Description("Number of nodes.");
    }
}
