using System.Text.Json;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Her2Graph.Api.Loaders;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Properties;

/// <summary>Adds one typed GraphQL field per catalog property, so the SDL documents every property with its unit.</summary>
internal static class PropertyFields
{
    public static void AddPropertyFields<TSource>(
        this ObjectGraphType<TSource> type, IEnumerable<PropertyDefinition> properties, Func<TSource, PropertyBag> bagOf)
    {
        foreach (var property in properties)
        {
            if (property.Type == PropertyType.NodeReference)
            {
                type.AddReferenceFields(property, bagOf);
                continue;
            }

            type.Field(property.Name, GraphTypeOf(property)).Description(property.Description).Resolve(c => ValueOf(bagOf(c.Source), property));
        }
    }

    /// <summary>
    /// A reference is served twice: as the node it names (batched with every other node of the level) and as the key
    /// stored (<c>armKey</c>), which a client can group or compare on without loading the node.
    /// </summary>
    private static void AddReferenceFields<TSource>(this ObjectGraphType<TSource> type, PropertyDefinition property, Func<TSource, PropertyBag> bagOf)
    {
        var kinds = property.NodeKinds;
        type.Field(property.Name, Ref(kinds.Count == 1 ? kinds[0].ToString() : "Node"))
            .Description($"{property.Description} Null when not given.")
            .Resolve().WithService<NodesByIdDataLoader>()
            .Resolve((c, nodes) => bagOf(c.Source).GetText(property.Name) is { } key
                ? nodes.Load(key).Then(node => node is not null && kinds.Contains(node.Kind) ? node : null)
                : null);
        type.Field<StringGraphType>(KeyFieldOf(property.Name))
            .Description($"The key of the {string.Join(" or ", kinds)} that {property.Name} names, as stored; null when not given.")
            .Resolve(c => bagOf(c.Source).GetText(property.Name));
    }

    /// <summary><c>armKey</c> for <c>arm</c>.</summary>
    public static string KeyFieldOf(string referenceName) => referenceName + "Key";

    private static IGraphType GraphTypeOf(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Text => new StringGraphType(),
        PropertyType.Date => Ref(PartialDateGraphType.TypeName),
        PropertyType.WholeNumber => new IntGraphType(),
        PropertyType.Number or PropertyType.Percent => new FloatGraphType(),
        PropertyType.Flag => new BooleanGraphType(),
        PropertyType.TextList => NonNullListOf(new StringGraphType()),
        PropertyType.Choice => Ref(property.Choices!.Name),
        PropertyType.ChoiceList => NonNullListOf(Ref(property.Choices!.Name)),
        _ => throw new ArgumentOutOfRangeException(nameof(property), property.Type, "no GraphQL type for this property type"),
    };

    private static object? ValueOf(PropertyBag bag, PropertyDefinition property)
    {
        var isList = property.Type is PropertyType.TextList or PropertyType.ChoiceList;
        if (!bag.TryGetValue(property.Name, out var value) || value.ValueKind == JsonValueKind.Null)
            return isList ? Array.Empty<string>() : null;

        return property.Type switch
        {
            PropertyType.WholeNumber => value.GetInt32(),
            PropertyType.Number or PropertyType.Percent => value.GetDouble(),
            PropertyType.Flag => value.GetBoolean(),
            PropertyType.TextList or PropertyType.ChoiceList => bag.GetTextList(property.Name),
            _ => value.GetString(),
        };
    }
}
