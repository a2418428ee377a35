using GraphQL.Types;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Relationships;

/// <summary>The interface every relationship type implements.</summary>
internal sealed class RelationshipInterfaceGraphType : InterfaceGraphType<GraphRelationship>
{
    public RelationshipInterfaceGraphType(IReadOnlyDictionary<RelationshipType, RelationshipGraphType> types)
    {
        Name = "Relationship";
        Description = "A directed relationship of the HER2 graph with its evidence: citations, verification status, evidence level and figures.";
        this.AddFieldsOf<GraphRelationship>(fields => fields.AddRelationshipFields());
        ResolveType = source => source is GraphRelationship relationship ? types[relationship.Type] : null;
    }
}
