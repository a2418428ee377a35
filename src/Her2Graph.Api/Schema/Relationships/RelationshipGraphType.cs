using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Relationships;

/// <summary>
/// The object type of one relationship type (e.g. HasAdverseEventRelationship), with its typed properties; a property
/// that names a node (SENSITIVE_TO's arm) is served as that node.
/// </summary>
internal sealed class RelationshipGraphType : ObjectGraphType<GraphRelationship>
{
    public RelationshipGraphType(RelationshipTypeDefinition definition, RelationshipInterfaceGraphType relationshipInterface)
    {
        Name = NameOf(definition.Type);
        Description = $"{definition.WireName}: {definition.Description}";
        this.AddRelationshipFields(EndTypeName(definition.FromKinds), EndTypeName(definition.ToKinds));
        this.AddPropertyFields(definition.Properties, r => r.Properties);
        AddResolvedInterface(relationshipInterface);
        IsTypeOf = source => source is GraphRelationship relationship && relationship.Type == definition.Type;
    }

    public static string NameOf(RelationshipType type) => type + "Relationship";

    private static string EndTypeName(IReadOnlyList<NodeKind> kinds) => kinds.Count == 1 ? kinds[0].ToString() : "Node";
}
