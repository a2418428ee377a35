using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Her2Graph.Storage.Neo4j.Json;

/// <summary>
/// Writes parameters in Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is
/// <c>{"$type": …, "_value": …}</c>. Integers and floats travel as strings, as the Query API writes them itself,
/// so a 64-bit integer never passes through a JSON number that a reader might turn into a double.
/// </summary>
internal static class Neo4jTypedJsonWriter
{
    public static JsonObject Parameters(IReadOnlyDictionary<string, object?> parameters)
    {
        var json = new JsonObject();
        foreach (var (name, value) in parameters) json[name] = Write(value);
        return json;
    }

    public static JsonObject Write(object? value) => value switch
    {
        null => Typed("Null", null),
        string text => Typed("String", text),
        bool flag => Typed("Boolean", flag),
        int or long or short or byte => Typed("Integer", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
        double or float or decimal => Typed("Float", Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => Typed("Map", Map(map)),
        IEnumerable list => Typed("List", new JsonArray(list.Cast<object?>().Select(item => (JsonNode)Write(item)).ToArray())),
        _ => throw new ArgumentException($"{value.GetType().Name} has no Neo4j typed-JSON form", nameof(value)),
    };

    private static JsonObject Map(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var json = new JsonObject();
        foreach (var (name, item) in map) json[name] = Write(item);
        return json;
    }

    private static JsonObject Typed(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };
}
