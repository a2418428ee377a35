using System.Text.Json;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>Checks a record's properties against the catalog of its kind or type and builds its <see cref="PropertyBag"/>.</summary>
internal static class PropertyReader
{
    /// <param name="owner">The kind or type name, for messages.</param>
    /// <param name="definitions">The properties the kind or type has; null when the kind or type is unknown (then only the values' shapes go unchecked).</param>
    /// <param name="references">Collects the node ids that reference properties name, for a check once every node is known.</param>
    public static PropertyBag Read(
        IReadOnlyList<PropertyInput> properties, string owner, IReadOnlyList<PropertyDefinition>? definitions, NodeReferences references, ErrorList errors)
    {
        if (definitions is null) return PropertyBag.Empty;
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (seen.TryGetValue(property.Name, out var first))
            {
                errors.Add(ErrorCodes.DuplicateKey, property.Location, $"property {property.Name} is given twice (first at {first})");
                continue;
            }

            seen[property.Name] = property.Location;
            var definition = definitions.FirstOrDefault(d => d.Name == property.Name);
            if (definition is null)
            {
                errors.Add(ErrorCodes.UnknownProperty, property.Location,
                    $"{owner} has no property '{property.Name}': use {string.Join(", ", definitions.Where(d => !d.Derived).Select(d => d.Name))}");
                continue;
            }

            if (definition.Derived)
            {
                errors.Add(ErrorCodes.DerivedProperty, property.Location, $"{property.Name} is derived by the validator and never written: {definition.Description}");
                continue;
            }

            if (PropertyValues.Convert(property, definition, errors) is { } value && PropertyRules.Check(property.Name, value, property.Location, errors))
            {
                values[property.Name] = value;
                if (definition.Type == PropertyType.NodeReference) references.Add(value.GetString()!, definition, property.Location);
            }
        }

        // Derived months first, so that a median's interval is checked against the months however they were reported.
        FigureRules.Derive(values, definitions);
        FigureRules.Check(values, seen, errors);
        return PropertyBag.From(values);
    }
}
