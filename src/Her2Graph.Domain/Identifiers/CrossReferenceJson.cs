using System.Text.Json;
using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Identifiers;

/// <summary>
/// The one stored form of a node's cross-references: a JSON array of objects with wire names (scheme, id, status, and
/// source, label, otherAllele, note where set), which both store adapters keep in one column or property.
/// </summary>
public static class CrossReferenceJson
{
    public const string Empty = "[]";

    public static string Write(IReadOnlyList<CrossReference> xrefs)
    {
        if (xrefs.Count == 0) return Empty;
        var array = new JsonArray();
        foreach (var xref in xrefs)
        {
            var item = new JsonObject
            {
                ["scheme"] = xref.Scheme.ToWireName(),
                ["id"] = xref.Id,
                ["status"] = xref.Status.ToWireName(),
            };
            if (xref.Source is not null) item["source"] = xref.Source;
            if (xref.Label is not null) item["label"] = xref.Label;
            if (xref.OtherAllele) item["otherAllele"] = true;
            if (xref.Note is not null) item["note"] = xref.Note;
            array.Add(item);
        }

        return array.ToJsonString();
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a <see cref="FormatException"/> for anything else (a store changed behind the adapter).</summary>
    public static IReadOnlyList<CrossReference> Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == Empty) return [];
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(item => new CrossReference(
                WireNames.ParseWireName<XrefScheme>(Text(item, "scheme") ?? string.Empty),
                Text(item, "id") ?? throw new FormatException("a stored cross-reference has no id"),
                WireNames.ParseWireName<VerificationStatus>(Text(item, "status") ?? string.Empty),
                Text(item, "source"),
                Text(item, "label"),
                item.TryGetProperty("otherAllele", out var flag) && flag.ValueKind == JsonValueKind.True,
                Text(item, "note")))
            .ToList();
    }

    /// <summary>The keys of the cross-references between bars (<c>|HGNC:3430|NCBI_GENE:2064|</c>), so one substring test finds a key.</summary>
    public static string BarredKeys(IReadOnlyList<CrossReference> xrefs) =>
        xrefs.Count == 0 ? "|" : "|" + string.Join('|', xrefs.Select(x => x.Key).Distinct(StringComparer.Ordinal)) + "|";

    private static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
