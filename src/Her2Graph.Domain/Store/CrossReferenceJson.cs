using System.Text;
using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;

namespace Her2Graph.Domain.Store;

/// <summary>
/// The stored form of a node's cross-references, shared by both graph store adapters so that a SQLite file and a
/// Neo4j graph hold the same text: a JSON array of objects <c>{scheme, id, status, source, label, otherAllele, note}</c>
/// with wire names for scheme and status (<c>HGVS_CODING</c>, <c>FROM_KNOWLEDGE</c>), in the curated order. Absent
/// fields (null, and <c>otherAllele</c> when false) are left out, so the common id costs three fields.
/// </summary>
public static class CrossReferenceJson
{
    /// <summary>The JSON of an empty list, which a node without cross-references stores.</summary>
    public const string Empty = "[]";

    public static string Write(IReadOnlyList<CrossReference> xrefs)
    {
        if (xrefs.Count == 0) return Empty;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var xref in xrefs)
            {
                json.WriteStartObject();
                json.WriteString("scheme", xref.Scheme.ToWireName());
                json.WriteString("id", xref.Id);
                json.WriteString("status", xref.Status.ToWireName());
                if (xref.Source is not null) json.WriteString("source", xref.Source);
                if (xref.Label is not null) json.WriteString("label", xref.Label);
                if (xref.OtherAllele) json.WriteBoolean("otherAllele", true);
                if (xref.Note is not null) json.WriteString("note", xref.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// The cross-references of stored JSON; null or empty text (a row written before stores kept them) is none. Throws
    /// <see cref="FormatException"/> for text no writer wrote: an unknown scheme or status, a missing id.
    /// </summary>
    public static IReadOnlyList<CrossReference> Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException("stored cross-references are not a JSON array");
        var xrefs = new List<CrossReference>(document.RootElement.GetArrayLength());
        foreach (var item in document.RootElement.EnumerateArray())
        {
            xrefs.Add(new CrossReference(
                WireNames.ParseWireName<XrefScheme>(Required(item, "scheme")),
                Required(item, "id"),
                WireNames.ParseWireName<VerificationStatus>(Required(item, "status")),
                Optional(item, "source"),
                Optional(item, "label"),
                item.TryGetProperty("otherAllele", out var other) && other.ValueKind == JsonValueKind.True,
                Optional(item, "note")));
        }

        return xrefs;
    }

    /// <summary>
    /// The keys between bars, <c>|HGNC:3430|NCBI_GENE:2064|</c>, so that one substring test finds a key whole. No
    /// scheme's id pattern allows a bar; a reader that must be exact for any text still compares the node's own keys.
    /// </summary>
    public static string BarredKeys(IReadOnlyList<CrossReference> xrefs) =>
        "|" + string.Join('|', xrefs.Select(x => x.Key).Distinct(StringComparer.Ordinal)) + "|";

    /// <summary>What <see cref="BarredKeys"/> holds for one key, or null for the empty text, which is no key (every key starts with its scheme).</summary>
    public static string? Barred(string key) => key.Length == 0 ? null : "|" + key + "|";

    private static string Required(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"a stored cross-reference has no '{name}'");

    private static string? Optional(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
