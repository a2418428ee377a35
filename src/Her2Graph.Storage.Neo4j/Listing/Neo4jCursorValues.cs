using System.Text.Json;
using System.Text.Json.Nodes;
using Her2Graph.Domain.Store;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>Sort-key values between cursors and Cypher: only strings, numbers and (for a nullable key) null are valid.</summary>
internal static class Neo4jCursorValues
{
    public static object? Read(KeysetCursor cursor, int index, bool nullable)
    {
        var value = cursor.Values[index];
        if (value is null) return nullable ? null : throw new InvalidCursorException(cursor.Encode());
        if (value is not JsonValue scalar) throw new InvalidCursorException(cursor.Encode());
        return scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.Number when scalar.TryGetValue<long>(out var whole) => whole,
            JsonValueKind.Number => scalar.GetValue<double>(),
            _ => throw new InvalidCursorException(cursor.Encode()),
        };
    }

    public static JsonValue? Write(object? value) => value switch
    {
        long whole => JsonValue.Create(whole),
        double number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        _ => null,
    };
}
