using GraphQL.Types;

namespace Her2Graph.Api.Schema.GraphInfo;

internal sealed class TypeCountGraphType : ObjectGraphType<TypeCount>
{
    public TypeCountGraphType()
    {
        Name = "RelationshipTypeCount";
        Description = "How many relationships of a type the graph holds.";
        this.Add("type", SchemaFields.NonNullRef("RelationshipType"), "The type.", c => c.Source.Type);
        Field(c => c.Count).Description("Number of relationships.");
    }
}
