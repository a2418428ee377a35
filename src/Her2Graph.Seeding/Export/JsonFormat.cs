using System.Globalization;
using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// The graph as one plain JSON document (<c>her2graph-v&lt;version&gt;.json</c>, documented in the README):
/// <c>{format, formatVersion, graph: {id, version}, nodes: [...], relationships: [...]}</c>, every node with its id,
/// kind, name, aliases, status, statusNote, citations, properties, xrefs and audit stamps; every relationship with
/// its key, type, from, to, qualifier, status, statusNote, evidenceLevel, citations, properties and audit. Enum
/// values are the GraphQL wire names; properties are as the API's typed fields (camelCase names).
/// </summary>
internal sealed class JsonFormat : IExportFormat
{
    public const string FormatName = "her2graph-graph";

    public const int FormatVersion = 1;

    public string Name => "json";

    public bool IsFolder => false;

    public async Task<IReadOnlyList<string>> WriteAsync(GraphSnapshot snapshot, string outDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outDirectory, ExportNames.Prefix(snapshot.Version) + ".json");
        Directory.CreateDirectory(outDirectory);
        await using var stream = File.Create(path);
        await using var writer = ExportJson.Create(stream);
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("formatVersion", FormatVersion);
        writer.WriteStartObject("graph");
        writer.WriteString("id", snapshot.Version.GraphId);
        writer.WriteNumber("version", snapshot.Version.Number);
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        foreach (var node in snapshot.Nodes) WriteNode(writer, node);
        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        foreach (var relationship in snapshot.Relationships) WriteRelationship(writer, relationship);
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return [path];
    }

    private static void WriteNode(Utf8JsonWriter writer, GraphNode node)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteString("kind", node.Kind.ToString());
        writer.WriteString("name", node.Name);
        ExportJson.WriteStrings(writer, "aliases", node.Aliases);
        WriteProvenance(writer, node.Provenance, withEvidence: false);
        WriteProperties(writer, node.Properties);
        writer.WriteStartArray("xrefs");
        foreach (var xref in node.Xrefs)
        {
            writer.WriteStartObject();
            writer.WriteString("scheme", xref.Scheme.ToWireName());
            writer.WriteString("id", xref.Id);
            writer.WriteString("key", xref.Key);
            writer.WriteString("status", xref.Status.ToWireName());
            ExportJson.WriteOptional(writer, "source", xref.Source);
            ExportJson.WriteOptional(writer, "label", xref.Label);
            writer.WriteBoolean("otherAllele", xref.OtherAllele);
            ExportJson.WriteOptional(writer, "note", xref.Note);
            ExportJson.WriteOptional(writer, "url", xref.Url);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteAudit(writer, node.Audit);
        writer.WriteEndObject();
    }

    private static void WriteRelationship(Utf8JsonWriter writer, GraphRelationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("key", relationship.Key.ToString());
        writer.WriteString("type", relationship.Type.ToWireName());
        writer.WriteString("from", relationship.FromId);
        writer.WriteString("to", relationship.ToId);
        writer.WriteString("qualifier", relationship.Qualifier);
        WriteProvenance(writer, relationship.Provenance, withEvidence: true);
        WriteProperties(writer, relationship.Properties);
        WriteAudit(writer, relationship.Audit);
        writer.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter writer, Provenance provenance, bool withEvidence)
    {
        writer.WriteString("status", provenance.Status.ToWireName());
        ExportJson.WriteOptional(writer, "statusNote", provenance.StatusNote);
        if (withEvidence) ExportJson.WriteOptional(writer, "evidenceLevel", provenance.EvidenceLevel?.ToWireName());
        ExportJson.WriteStrings(writer, "citations", provenance.Citations.Select(c => c.Value));
    }

    private static void WriteProperties(Utf8JsonWriter writer, PropertyBag properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (name, value) in properties)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteAudit(Utf8JsonWriter writer, AuditStamp? audit)
    {
        if (audit is null)
        {
            writer.WriteNull("audit");
            return;
        }

        writer.WriteStartObject("audit");
        writer.WriteString("createdAt", audit.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("createdBy", audit.CreatedBy);
        writer.WriteString("updatedAt", audit.UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("updatedBy", audit.UpdatedBy);
        writer.WriteNumber("version", audit.Version);
        writer.WriteEndObject();
    }
}
