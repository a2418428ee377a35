using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// The graph as a graph-seed folder (graph-seed/README.md): one file per node kind and per relationship type, which
/// the seed command and the API import to the same graph. Derived figures (months from weeks) are left out, as the
/// validator derives them again; choices are written as the seed words curators write.
/// </summary>
internal sealed class SeedFormat : IExportFormat
{
    public string Name => "seed";

    public bool IsFolder => true;

    public async Task<IReadOnlyList<string>> WriteAsync(GraphSnapshot snapshot, string outDirectory, CancellationToken cancellationToken)
    {
        var prefix = ExportNames.Prefix(snapshot.Version);
        var folder = ExportNames.FreshFolder(outDirectory, prefix + "-seed");
        var files = new List<string>();
        foreach (var group in snapshot.Nodes.GroupBy(n => n.Kind).OrderBy(g => ExportNames.Kebab(g.Key), StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "nodes", $"{prefix}-{ExportNames.Kebab(group.Key)}.yaml");
            await using var writer = ExportNames.Text(path);
            await writer.WriteLineAsync(Header(snapshot));
            await writer.WriteLineAsync($"kind: {group.Key}");
            await writer.WriteLineAsync("nodes:");
            var definition = NodeKinds.Get(group.Key);
            foreach (var node in group) await WriteNodeAsync(writer, node, definition.Properties);
            files.Add(path);
            cancellationToken.ThrowIfCancellationRequested();
        }

        foreach (var group in snapshot.Relationships.GroupBy(r => r.Type).OrderBy(g => ExportNames.Kebab(g.Key), StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "relationships", $"{prefix}-{ExportNames.Kebab(group.Key)}.yaml");
            await using var writer = ExportNames.Text(path);
            await writer.WriteLineAsync(Header(snapshot));
            await writer.WriteLineAsync($"type: {group.Key.ToWireName()}");
            await writer.WriteLineAsync("relationships:");
            var definition = RelationshipTypes.Get(group.Key);
            foreach (var relationship in group) await WriteRelationshipAsync(writer, relationship, definition.Properties);
            files.Add(path);
            cancellationToken.ThrowIfCancellationRequested();
        }

        return files;
    }

    private static string Header(GraphSnapshot snapshot) =>
        $"# Her2Graph export of graph {snapshot.Version.GraphId}, version {snapshot.Version.Number}, in the graph-seed format (graph-seed/README.md).";

    private static async Task WriteNodeAsync(StreamWriter writer, GraphNode node, IReadOnlyList<PropertyDefinition> definitions)
    {
        await writer.WriteLineAsync($"  - id: {YamlText.Quote(node.Id)}");
        await writer.WriteLineAsync($"    name: {YamlText.Quote(node.Name)}");
        if (node.Aliases.Count > 0) await writer.WriteLineAsync($"    aliases: {YamlText.FlowList(node.Aliases)}");
        await WriteProvenanceAsync(writer, node.Provenance);
        await WritePropertiesAsync(writer, node.Properties, definitions);
        if (node.Xrefs.Count == 0) return;
        await writer.WriteLineAsync("    xrefs:");
        foreach (var xref in node.Xrefs)
        {
            var fields = new List<string> { $"scheme: {xref.Scheme.ToSeedWord()}", $"id: {YamlText.Quote(xref.Id)}", $"status: {xref.Status.ToSeedWord()}" };
            if (xref.Source is { } source) fields.Add($"source: {YamlText.Quote(source)}");
            if (xref.Label is { } label) fields.Add($"label: {YamlText.Quote(label)}");
            if (xref.OtherAllele) fields.Add("otherAllele: true");
            if (xref.Note is { } note) fields.Add($"note: {YamlText.Quote(note)}");
            await writer.WriteLineAsync($"      - {{ {string.Join(", ", fields)} }}");
        }
    }

    private static async Task WriteRelationshipAsync(StreamWriter writer, GraphRelationship relationship, IReadOnlyList<PropertyDefinition> definitions)
    {
        await writer.WriteLineAsync($"  - from: {YamlText.Quote(relationship.FromId)}");
        await writer.WriteLineAsync($"    to: {YamlText.Quote(relationship.ToId)}");
        if (relationship.Qualifier.Length > 0) await writer.WriteLineAsync($"    qualifier: {YamlText.Quote(relationship.Qualifier)}");
        await WriteProvenanceAsync(writer, relationship.Provenance);
        await WritePropertiesAsync(writer, relationship.Properties, definitions);
    }

    private static async Task WriteProvenanceAsync(StreamWriter writer, Provenance provenance)
    {
        await writer.WriteLineAsync($"    status: {provenance.Status.ToSeedWord()}");
        if (provenance.StatusNote is { } note) await writer.WriteLineAsync($"    statusNote: {YamlText.Quote(note)}");
        if (provenance.EvidenceLevel is { } level) await writer.WriteLineAsync($"    evidence: {level.ToSeedWord()}");
        if (provenance.Citations.Count > 0) await writer.WriteLineAsync($"    citations: {YamlText.FlowList(provenance.Citations.Select(c => c.Value))}");
    }

    private static async Task WritePropertiesAsync(StreamWriter writer, PropertyBag properties, IReadOnlyList<PropertyDefinition> definitions)
    {
        var written = properties.Where(p => !IsDerived(p.Key, properties, definitions)).ToList();
        if (written.Count == 0) return;
        await writer.WriteLineAsync("    properties:");
        foreach (var (name, value) in written)
        {
            await writer.WriteLineAsync($"      {name}: {Value(value, definitions.FirstOrDefault(d => d.Name == name))}");
        }
    }

    /// <summary>A derived flag, or the months it marks as derived: the validator writes both again from the weeks.</summary>
    private static bool IsDerived(string name, PropertyBag properties, IReadOnlyList<PropertyDefinition> definitions)
    {
        if (definitions.FirstOrDefault(d => d.Name == name) is { Derived: true }) return true;
        return Outcomes.TimeToEvent.Any(t => name == t.Prefix + "Months"
                                             && properties.TryGetValue(Outcomes.DerivedFlag(t.Prefix), out var flag)
                                             && flag.ValueKind == JsonValueKind.True);
    }

    private static string Value(JsonElement value, PropertyDefinition? definition) => value.ValueKind switch
    {
        JsonValueKind.String when definition?.Type == PropertyType.Choice => YamlText.Quote(WireNames.SeedWordOf(value.GetString()!)),
        JsonValueKind.String => YamlText.Quote(value.GetString()!),
        JsonValueKind.Array when definition?.Type == PropertyType.ChoiceList =>
            YamlText.FlowList(value.EnumerateArray().Select(v => WireNames.SeedWordOf(v.GetString()!))),
        JsonValueKind.Array => YamlText.FlowList(value.EnumerateArray().Select(v => v.GetString() ?? string.Empty)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
