using Her2Graph.Api.Schema.Lookups;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>Reads a record's properties: typed fields (upserts, link) or a JSON object (importGraph).</summary>
internal static class PropertyInputs
{
    /// <summary>
    /// The catalog properties set on a typed input; a null field is a property not given. A node reference may be a
    /// global id, as relationship ends may: the validator sees the key.
    /// </summary>
    public static IReadOnlyList<PropertyInput> Typed(InputObject input, IEnumerable<PropertyDefinition> definitions) =>
        definitions
            .Where(d => input[d.Name] is not null)
            .Select(d => new PropertyInput(d.Name, InputValues.Of(ValueOf(input, d), input.PathOf(d.Name)), input.PathOf(d.Name)))
            .ToList();

    private static object? ValueOf(InputObject input, PropertyDefinition definition) =>
        definition.Type == PropertyType.NodeReference && input.Text(definition.Name) is { } reference
            ? NodeLookup.KeyOf(reference.Value)
            : input[definition.Name];

    /// <summary>The entries of the record's <c>properties</c> JSON object, checked by the validator like a seed file's.</summary>
    public static IReadOnlyList<PropertyInput> Json(InputObject input, ICollection<ValidationError> errors)
    {
        const string Field = "properties";
        switch (input[Field])
        {
            case null:
                return [];
            case IDictionary<string, object?> properties:
                var path = input.PathOf(Field);
                return properties.Select(p => new PropertyInput(p.Key, InputValues.Of(p.Value, $"{path}.{p.Key}"), $"{path}.{p.Key}")).ToList();
            default:
                errors.Add(new ValidationError(ErrorCodes.WrongType, "properties must be a JSON object of property names and values, e.g. {\"orrPercent\": 49}", input.PathOf(Field)));
                return [];
        }
    }
}
