using GraphQL.Types;
using Her2Graph.Api.Schema.Properties;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Links;

/// <summary>The typed properties of one relationship type (SensitiveToPropertiesInput…), as LinkInput takes them.</summary>
internal sealed class RelationshipPropertiesInputGraphType : InputObjectGraphType
{
    public RelationshipPropertiesInputGraphType(RelationshipTypeDefinition definition)
    {
        Name = definition.Type + "PropertiesInput";
        Description = $"Properties of {definition.WireName} relationships: {definition.Description} Leave out what is not known.";
        this.AddPropertyInputFields(definition.Properties);
    }

    /// <summary>The LinkInput field that holds this type's properties: <c>sensitiveTo</c> for SENSITIVE_TO.</summary>
    public static string FieldOf(RelationshipType type) => char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..];
}
