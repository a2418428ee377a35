using GraphQL.Types;

namespace Her2Graph.Api.Schema.Changes;

internal sealed class ChangeEntityTypeGraphType : EnumerationGraphType
{
    public ChangeEntityTypeGraphType()
    {
        Name = "ChangeEntityType";
        Description = "Whether a change is about a node or a relationship.";
        Add("NODE", ChangeEntityKeys.Node, "A node; entityKey is its natural key.");
        Add("RELATIONSHIP", ChangeEntityKeys.Relationship, "A relationship; entityKey is FROM|TYPE|TO|qualifier.");
    }
}
