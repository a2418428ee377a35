using GraphQL.Types;

namespace Her2Graph.Api.Schema.Changes;

/// <summary>The change log's entity types; a relationship's entity key is <see cref="Domain.Graph.RelationshipKey"/> as text.</summary>
internal sealed class ChangeEntityTypeGraphType : EnumerationGraphType
{
    public const string Node = "node";

    public const string Relationship = "relationship";

    public ChangeEntityTypeGraphType()
    {
        Name = "ChangeEntityType";
        Description = "Whether a change is about a node or a relationship.";
        Add("NODE", Node, "A node; entityKey is its natural key.");
        Add("RELATIONSHIP", Relationship, "A relationship; entityKey is FROM|TYPE|TO|qualifier.");
    }
}
