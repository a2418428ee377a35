using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Neo4j.Rows;

/// <summary>
/// Flat copies of a node's typed properties, for filters and orders in Cypher. Every copy is a list (a scalar as a
/// one-element list), so one form of comparison, "any element matches", serves scalars and text lists alike, as the
/// port documents. Objects and mixed arrays have no Neo4j property form and get no copy: no filter matches them.
/// </summary>
internal static class Neo4jPropertyCopies
{
    /// <summary>Keeps the copies apart from the node's own fields (id, name, …).</summary>
    public const string Prefix = "p_";

    public static void AddTo(IDictionary<string, object?> row, PropertyBag properties)
    {
        foreach (var (name, value) in properties)
        {
            if (Copy(value) is { } copy) row[Prefix + name] = copy;
        }
    }

    private static List<object>? Copy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Number when value.TryGetInt64(out var whole) => [whole],
        JsonValueKind.Number => [value.GetDouble()],
        JsonValueKind.True => [true],
        JsonValueKind.False => [false],
        JsonValueKind.Array when value.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String) =>
            value.EnumerateArray().Select(i => (object)i.GetString()!).ToList(),
        _ => null,
    };
}
