using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class TypeCountGraphType : ObjectGraphType<TypeCount>
{
    public TypeCountGraphType()
    {
        Name = "RelationshipTypeCount";
        Description = "How many relationships of a type the graph holds.";
        Field("type", NonNullRef("RelationshipType")).Description("The type.").Resolve(c => c.Source.Type);
        Field(c => c.Count).Description("Number of relationships.");
    }
}
