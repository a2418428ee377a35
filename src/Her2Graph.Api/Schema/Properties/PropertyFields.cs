using System.Text.Json;
using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Api.Schema.Properties;

/// <summary>Adds one typed GraphQL field per catalog property, so the SDL documents every property with its unit.</summary>
internal static class PropertyFields
{
    public static void AddPropertyFields<TSource>(
        this ObjectGraphType<TSource> type, IEnumerable<PropertyDefinition> properties, Func<TSource, PropertyBag> bagOf)
    {
        foreach (var property in properties)
            type.Field(property.Name, GraphTypeOf(property.Type)).Description(property.Description).Resolve(c => ValueOf(bagOf(c.Source), property));
    }

    private static IGraphType GraphTypeOf(PropertyType type) => type switch
    {
        PropertyType.Text or PropertyType.Date => new StringGraphType(),
        PropertyType.WholeNumber => new IntGraphType(),
        PropertyType.Number or PropertyType.Percent => new FloatGraphType(),
        PropertyType.Flag => new BooleanGraphType(),
        PropertyType.TextList => new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType()))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no GraphQL type for this property type"),
    };

    private static object? ValueOf(PropertyBag bag, PropertyDefinition property)
    {
        if (!bag.TryGetValue(property.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            return property.Type == PropertyType.TextList ? Array.Empty<string>() : null;

        return property.Type switch
        {
            PropertyType.WholeNumber => value.GetInt32(),
            PropertyType.Number or PropertyType.Percent => value.GetDouble(),
            PropertyType.Flag => value.GetBoolean(),
            PropertyType.TextList => bag.GetTextList(property.Name),
            _ => value.GetString(),
        };
    }
}
