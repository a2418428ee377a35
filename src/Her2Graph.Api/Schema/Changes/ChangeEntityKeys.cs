namespace Her2Graph.Api.Schema.Changes;

/// <summary>The change log's entity types; a relationship's entity key is <see cref="Domain.Graph.RelationshipKey"/> as text.</summary>
internal static class ChangeEntityKeys
{
    public const string Node = "node";

    public const string Relationship = "relationship";
}
