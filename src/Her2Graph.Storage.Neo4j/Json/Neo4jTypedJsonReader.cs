using System.Globalization;
using System.Text.Json;

namespace Her2Graph.Storage.Neo4j.Json;

/// <summary>
/// Reads values of Neo4j's typed JSON into plain CLR values: Null → null, Boolean → bool, Integer → long (sent as a
/// string), Float → double (sent as a string), String → string, List → <c>List&lt;object?&gt;</c>, Map →
/// <c>Dictionary&lt;string, object?&gt;</c>, Node and Relationship → their property map, Path → the list of its
/// elements, Base64 → bytes; temporal and spatial values stay in their ISO/WKT text.
/// </summary>
internal static class Neo4jTypedJsonReader
{
    public static object? Read(JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object || !typed.TryGetProperty("$type", out var type) || !typed.TryGetProperty("_value", out var value))
            throw new FormatException($"not a typed JSON value: {typed.GetRawText()}");

        return type.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.String
                ? long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
                : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String
                ? double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)
                : value.GetDouble(),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString() ?? string.Empty),
            "List" or "Path" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => Map(value),
            "Node" or "Relationship" => Map(value.GetProperty("_properties")),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static Dictionary<string, object?> Map(JsonElement value)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject()) map[property.Name] = Read(property.Value);
        return map;
    }
}
