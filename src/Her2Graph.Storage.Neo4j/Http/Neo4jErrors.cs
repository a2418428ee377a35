using System.Text.Json;

namespace Her2Graph.Storage.Neo4j.Http;

/// <summary>The <c>errors</c> array of a Query API response, which can arrive with status 202: always checked.</summary>
internal static class Neo4jErrors
{
    public static void ThrowIfAny(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return;
        }

        var all = errors.EnumerateArray()
            .Select(e => (Code: Text(e, "code"), Message: Text(e, "message")))
            .ToList();
        throw new Neo4jQueryException(all[0].Code, string.Join(" | ", all.Select(e => e.Message)));
    }

    private static string Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
