using GraphQL.Types;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Relationships;

/// <summary>The relationship types, named as in Cypher and seed files (HAS_ADVERSE_EVENT).</summary>
internal sealed class RelationshipTypeEnumGraphType : EnumerationGraphType
{
    public RelationshipTypeEnumGraphType()
    {
        Name = "RelationshipType";
        Description = "The relationship types of the graph.";
        foreach (var definition in RelationshipTypes.All) Add(definition.WireName, definition.Type, definition.Description);
    }
}
