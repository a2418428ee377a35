using GraphQL.Types;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Properties;

/// <summary>One typed input field per catalog property that is written (the IDE then completes them); derived ones are output only.</summary>
internal static class PropertyInputFields
{
    public static void AddPropertyInputFields(this InputObjectGraphType type, IEnumerable<PropertyDefinition> properties)
    {
        foreach (var property in properties.Where(p => !p.Derived)) type.Field(property.Name, InputTypeOf(property)).Description(DescribeInput(property));
    }

    /// <summary>The input type of a property: the read type, nullable (an omitted or null property is not stored).</summary>
    private static IGraphType InputTypeOf(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Text => new StringGraphType(),
        PropertyType.Date => Ref(PartialDateGraphType.TypeName),
        PropertyType.WholeNumber => new IntGraphType(),
        PropertyType.Number or PropertyType.Percent => new FloatGraphType(),
        PropertyType.Flag => new BooleanGraphType(),
        PropertyType.TextList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
        PropertyType.Choice => Ref(property.Choices!.Name),
        PropertyType.ChoiceList => new ListGraphType(NonNullRef(property.Choices!.Name)),
        PropertyType.NodeReference => new IdGraphType(),
        _ => throw new ArgumentOutOfRangeException(nameof(property), property.Type, "no GraphQL input type for this property type"),
    };

    private static string DescribeInput(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Percent => $"{property.Description} From 0 to 100.",
        PropertyType.ChoiceList => $"{property.Description} Each value at most once.",
        PropertyType.NodeReference => $"{property.Description} The natural key or global id of an existing {string.Join(" or ", property.NodeKinds)}.",
        _ => property.Description,
    };
}
