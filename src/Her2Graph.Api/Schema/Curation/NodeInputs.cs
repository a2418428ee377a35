using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Schema;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>Builds the validator's <see cref="NodeInput"/> from a per-kind input (DrugInput…) or an importGraph record.</summary>
internal static class NodeInputs
{
    public static NodeInput Typed(NodeKindDefinition definition, InputObject input) =>
        Read(new Located<string>(definition.Kind.ToString(), input.Path), input, PropertyInputs.Typed(input, definition.Properties));

    public static NodeInput Record(InputObject input, ICollection<ValidationError> errors) =>
        Read(new Located<string>(input["kind"] is NodeKind kind ? kind.ToString() : string.Empty, input.PathOf("kind")), input, PropertyInputs.Json(input, errors));

    private static NodeInput Read(Located<string> kind, InputObject input, IReadOnlyList<PropertyInput> properties) =>
        new(
            input.Path,
            kind,
            input.Text("key"),
            input.Text("name"),
            input.TextList("aliases"),
            input.Word<VerificationStatus>("status"),
            input.Text("statusNote"),
            input.TextList("citations"),
            properties)
        {
            Xrefs = input.Objects("xrefs").Select(Xref).ToList(),
        };

    private static XrefInput Xref(InputObject xref) =>
        new(
            xref.Path,
            xref.Word<XrefScheme>("scheme"),
            xref.Text("id"),
            xref.Word<VerificationStatus>("status"),
            xref.Text("source"),
            xref.Text("label"),
            xref.Text("otherAllele"),
            xref.Text("note"));
}
