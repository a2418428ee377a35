using System.Globalization;
using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Cli.Push;

/// <summary>
/// The importGraph mutation for a seed folder as read: records in file order, so the API's error paths
/// (<c>input.nodes[7]…</c>) point back at the same records and so at their file:line.
/// </summary>
internal static class ImportGraphRequest
{
    public const string Mutation = """
        mutation Push($input: ImportGraphInput!, $dryRun: Boolean, $comment: String) {
          importGraph(input: $input, dryRun: $dryRun, comment: $comment) {
            valid changed version
            problems { code message inputPath }
            nodeCounts { created updated unchanged }
            relationshipCounts { created updated unchanged }
            nodesByKind { kind count }
            relationshipsByType { type count }
          }
        }
        """;

    public static JsonObject Body(GraphInput input, bool dryRun, string comment) => new()
    {
        ["query"] = Mutation,
        ["operationName"] = "Push",
        ["variables"] = new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["nodes"] = new JsonArray([.. input.Nodes.Select(Node)]),
                ["relationships"] = new JsonArray([.. input.Relationships.Select(Relationship)]),
            },
            ["dryRun"] = dryRun,
            ["comment"] = comment,
        },
    };

    private static JsonNode Node(NodeInput node) => new JsonObject
    {
        ["kind"] = node.Kind.Value,
        ["key"] = node.Id?.Value,
        ["name"] = node.Name?.Value,
        ["aliases"] = Strings(node.Aliases),
        ["status"] = EnumValue(node.Status),
        ["statusNote"] = node.StatusNote?.Value,
        ["citations"] = Strings(node.Citations),
        ["properties"] = Properties(node.Properties),
        ["xrefs"] = new JsonArray([.. node.Xrefs.Select(Xref)]),
    };

    private static JsonNode Xref(XrefInput xref) => new JsonObject
    {
        ["scheme"] = EnumValue(xref.Scheme),
        ["id"] = xref.Id?.Value,
        ["status"] = EnumValue(xref.Status),
        ["source"] = xref.Source?.Value,
        ["label"] = xref.Label?.Value,
        ["otherAllele"] = xref.OtherAllele is { } flag ? bool.TryParse(flag.Value, out var value) ? JsonValue.Create(value) : JsonValue.Create(flag.Value) : null,
        ["note"] = xref.Note?.Value,
    };

    private static JsonNode Relationship(RelationshipInput relationship) => new JsonObject
    {
        ["type"] = relationship.Type.Value,
        ["from"] = relationship.From?.Value,
        ["to"] = relationship.To?.Value,
        ["qualifier"] = relationship.Qualifier?.Value,
        ["status"] = EnumValue(relationship.Status),
        ["statusNote"] = relationship.StatusNote?.Value,
        ["evidence"] = EnumValue(relationship.Evidence),
        ["citations"] = Strings(relationship.Citations),
        ["properties"] = Properties(relationship.Properties),
    };

    /// <summary>Seed files spell enum values in kebab case (from-knowledge); GraphQL in constant case (FROM_KNOWLEDGE).</summary>
    private static string? EnumValue(Located<string>? value) => value is null ? null : WireNames.SeedWordToWireName(value.Value);

    private static JsonArray Strings(IReadOnlyList<Located<string>> values) => new([.. values.Select(v => (JsonNode?)v.Value)]);

    private static JsonObject Properties(IReadOnlyList<PropertyInput> properties) =>
        new(properties.Select(p => KeyValuePair.Create(p.Name, Value(p.Value))));

    /// <summary>A plain (unquoted) YAML scalar keeps its type: a number goes as a number, true/false as a boolean.</summary>
    private static JsonNode? Value(InputValue value) => value switch
    {
        InputValue.Scalar { Text: null } => null,
        InputValue.Scalar { IsString: true } scalar => JsonValue.Create(scalar.Text),
        InputValue.Scalar scalar when long.TryParse(scalar.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        InputValue.Scalar scalar when double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        InputValue.Scalar { Text: "true" or "false" } scalar => JsonValue.Create(scalar.Text == "true"),
        InputValue.Scalar scalar => JsonValue.Create(scalar.Text),
        InputValue.Sequence sequence => new JsonArray([.. sequence.Items.Select(Value)]),
        _ => new JsonObject(),
    };
}
