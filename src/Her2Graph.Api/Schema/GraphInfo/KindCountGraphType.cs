using GraphQL.Types;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class KindCountGraphType : ObjectGraphType<KindCount>
{
    public KindCountGraphType()
    {
        Name = "NodeKindCount";
        Description = "How many nodes of a kind the graph holds.";
        this.Add("kind", SchemaFields.NonNullRef("NodeKind"), "The kind.", c => c.Source.Kind);
        Field(c => c.Count).Description("Number of nodes.");
    }
}
