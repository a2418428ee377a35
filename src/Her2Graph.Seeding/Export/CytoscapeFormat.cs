using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// The graph as Cytoscape.js elements JSON (<c>her2graph-v&lt;version&gt;.cyjs</c>), the shape Cytoscape desktop
/// imports too (File → Import → Network from File): <c>{data, elements: {nodes: [{data: {id, name, kind, …}}],
/// edges: [{data: {id, source, target, interaction, …}}]}}</c>. Values are flat (text, numbers, flags, lists of
/// text), as Cytoscape's table columns take them; a property becomes <c>p_&lt;name&gt;</c> so that it cannot clash
/// with Cytoscape's own columns (an adverse-event rate's <c>source</c> is not the edge's source).
/// </summary>
internal sealed class CytoscapeFormat : IExportFormat
{
    public string Name => "cytoscape";

    public bool IsFolder => false;

    public async Task<IReadOnlyList<string>> WriteAsync(GraphSnapshot snapshot, string outDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outDirectory, ExportNames.Prefix(snapshot.Version) + ".cyjs");
        Directory.CreateDirectory(outDirectory);
        await using var stream = File.Create(path);
        await using var writer = ExportJson.Create(stream);
        writer.WriteStartObject();
        writer.WriteString("format_version", "1.0");
        writer.WriteString("generated_by", "her2graph");
        writer.WriteString("target_cytoscapejs_version", "~3.0");
        writer.WriteStartObject("data");
        writer.WriteString("name", $"Her2Graph v{snapshot.Version.Number}");
        writer.WriteString("graphId", snapshot.Version.GraphId);
        writer.WriteNumber("graphVersion", snapshot.Version.Number);
        writer.WriteEndObject();
        writer.WriteStartObject("elements");
        writer.WriteStartArray("nodes");
        foreach (var node in snapshot.Nodes) WriteNode(writer, node);
        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var relationship in snapshot.Relationships) WriteEdge(writer, relationship);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return [path];
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteString("id", node.Id);
        writer.WriteString("name", node.Name);
        writer.WriteString("kind", node.Kind.ToString());
        WriteProvenance(writer, node.Provenance);
        ExportJson.WriteStrings(writer, "aliases", node.Aliases);
        ExportJson.WriteStrings(writer, "xrefs", node.Xrefs.Select(x => x.Key));
        WriteProperties(writer, node.Properties);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteString("id", relationship.Key.ToString());
        writer.WriteString("source", relationship.FromId);
        writer.WriteString("target", relationship.ToId);
        writer.WriteString("interaction", relationship.Type.ToWireName());
        writer.WriteString("qualifier", relationship.Qualifier);
        WriteProvenance(writer, relationship.Provenance);
        if (relationship.Provenance.EvidenceLevel is { } level) writer.WriteString("evidenceLevel", level.ToWireName());
        WriteProperties(writer, relationship.Properties);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter writer, Provenance provenance)
    {
        writer.WriteString("status", provenance.Status.ToWireName());
        if (provenance.StatusNote is { } note) writer.WriteString("statusNote", note);
        ExportJson.WriteStrings(writer, "citations", provenance.Citations.Select(c => c.Value));
    }

    private static void WriteProperties(Utf8JsonWriter writer, PropertyBag properties)
    {
        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName("p_" + name);
            value.WriteTo(writer);
        }
    }
}
