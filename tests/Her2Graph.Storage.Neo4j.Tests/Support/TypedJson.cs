using System.Text.Json.Nodes;

namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Builds response bodies in the documented typed-JSON shapes (written out here, independent of the adapter's
/// codec): Integer and Float values as strings, lists and maps of typed values, rows under data.fields/values.
/// </summary>
internal static class TypedJson
{
    public static JsonObject S(string? value) => value is null ? Typed("Null", null) : Typed("String", value);

    public static JsonObject I(long value) => Typed("Integer", value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static JsonObject F(double value) => Typed("Float", value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));

    public static JsonObject B(bool value) => Typed("Boolean", value);

    public static JsonObject L(params JsonNode[] items) => Typed("List", new JsonArray(items));

    public static JsonObject M(params (string Name, JsonNode Value)[] entries)
    {
        var map = new JsonObject();
        foreach (var (name, value) in entries) map[name] = value;
        return Typed("Map", map);
    }

    /// <summary>A 202 body with the given fields and rows, as a statement outside a transaction returns it.</summary>
    public static string Response(string[] fields, params JsonNode[][] rows) =>
        new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["fields"] = new JsonArray(fields.Select(f => (JsonNode)f).ToArray()),
                ["values"] = new JsonArray(rows.Select(row => (JsonNode)new JsonArray(row)).ToArray()),
            },
            ["bookmarks"] = new JsonArray(),
        }.ToJsonString();

    /// <summary>A stored node as the statements' node map returns it.</summary>
    public static JsonObject Node(string id, string kind, string name) =>
        M([("id", S(id)), ("kind", S(kind)), ("name", S(name)), ("aliases", L()), ("properties", S("{}")),
          ("citations", L()), ("status", S("VERIFIED")), ("statusNote", S(null)), .. Audit()]);

    /// <summary>A stored relationship as the statements' relationship map returns it.</summary>
    public static JsonObject Relationship(string type, string from, string to, string qualifier = "") =>
        M([("key", S($"{from}|{type}|{to}|{qualifier}")), ("qualifier", S(qualifier)), ("properties", S("{}")),
          ("citations", L(S("PMID:34534430"))), ("status", S("VERIFIED")), ("statusNote", S(null)), ("evidenceLevel", S("CLINICAL_TRIAL")),
          ("type", S(type)), ("fromId", S(from)), ("toId", S(to)), .. Audit()]);

    private static (string, JsonNode)[] Audit() =>
    [
        ("createdAt", S("2026-01-01T00:00:00.0000000+00:00")), ("updatedAt", S("2026-01-01T00:00:00.0000000+00:00")),
        ("createdBy", S("seed")), ("updatedBy", S("seed")), ("version", I(1)),
    ];

    private static JsonObject Typed(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };
}
