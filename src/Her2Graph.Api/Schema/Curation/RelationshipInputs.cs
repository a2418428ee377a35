using Her2Graph.Api.Schema.Links;
using Her2Graph.Api.Schema.Lookups;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>Builds the validator's <see cref="RelationshipInput"/> from a LinkInput or an importGraph record, and keys for unlink.</summary>
internal static class RelationshipInputs
{
    /// <summary>A LinkInput: its properties come from the field named after its type; any other type's field is an error.</summary>
    public static RelationshipInput Link(InputObject input, ICollection<ValidationError> errors)
    {
        var type = TypeOf(input);
        var properties = new List<PropertyInput>();
        foreach (var definition in RelationshipTypes.All)
        {
            var field = RelationshipPropertiesInputGraphType.FieldOf(definition.Type);
            if (input.Object(field) is not { } given) continue;
            if (definition.Type == type)
            {
                properties.AddRange(PropertyInputs.Typed(given, definition.Properties));
                continue;
            }

            errors.Add(new ValidationError(
                ErrorCodes.WrongProperties,
                $"{field} holds the properties of {definition.WireName} but type is {type.ToWireName()}: give them in {RelationshipPropertiesInputGraphType.FieldOf(type)}",
                input.PathOf(field)));
        }

        return Read(input, type, properties);
    }

    public static RelationshipInput Record(InputObject input, ICollection<ValidationError> errors) =>
        Read(input, TypeOf(input), PropertyInputs.Json(input, errors));

    /// <summary>The identity an UnlinkInput names; ends may be natural keys or global ids.</summary>
    public static RelationshipKey Key(InputObject input) =>
        new(TypeOf(input), End(input, "from")?.Value ?? string.Empty, End(input, "to")?.Value ?? string.Empty, input.Text("qualifier")?.Value.Trim() ?? string.Empty);

    private static RelationshipInput Read(InputObject input, RelationshipType type, IReadOnlyList<PropertyInput> properties) =>
        new(
            input.Path,
            new Located<string>(type.ToWireName(), input.PathOf("type")),
            End(input, "from"),
            End(input, "to"),
            input.Text("qualifier"),
            input.Word<VerificationStatus>("status"),
            input.Text("statusNote"),
            input.Word<EvidenceLevel>("evidence"),
            input.TextList("citations"),
            properties);

    private static RelationshipType TypeOf(InputObject input) =>
        input["type"] is RelationshipType type ? type : throw new InvalidOperationException($"{input.PathOf("type")} is not a relationship type");

    private static Located<string>? End(InputObject input, string field) =>
        input.Text(field) is { } end ? end with { Value = NodeLookup.KeyOf(end.Value) } : null;
}
