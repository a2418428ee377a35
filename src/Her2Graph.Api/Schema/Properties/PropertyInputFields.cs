using GraphQL.Types;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Properties;

/// <summary>One typed input field per catalog property (the IDE then completes them).</summary>
internal static class PropertyInputFields
{
    public static void AddPropertyInputFields(this InputObjectGraphType type, IEnumerable<PropertyDefinition> properties)
    {
        foreach (var property in properties) type.Field(property.Name, InputTypeOf(property.Type)).Description(DescribeInput(property));
    }

    /// <summary>The input type of a property: the read type, nullable (an omitted or null property is not stored).</summary>
    private static IGraphType InputTypeOf(PropertyType type) => type switch
    {
        PropertyType.Text or PropertyType.Date => new StringGraphType(),
        PropertyType.WholeNumber => new IntGraphType(),
        PropertyType.Number or PropertyType.Percent => new FloatGraphType(),
        PropertyType.Flag => new BooleanGraphType(),
        PropertyType.TextList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no GraphQL input type for this property type"),
    };

    private static string DescribeInput(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Percent => $"{property.Description} From 0 to 100.",
        PropertyType.Date => $"{property.Description} Written yyyy, yyyy-MM or yyyy-MM-dd.",
        _ => property.Description,
    };
}
