using System.Text.Json;
using System.Text.Json.Nodes;

namespace Her2Graph.Domain.Store.Listing;

/// <summary>
/// Sort-key values between a <see cref="KeysetCursor"/> and a statement: only strings, whole numbers, other numbers
/// and (for a key nodes may lack) null are valid. Both graph store adapters must read cursors through this type so
/// that they accept and refuse the same cursors.
/// </summary>
public static class KeysetCursorValues
{
    /// <summary>
    /// The value at <paramref name="index"/> as a statement parameter: a string, long or double, or null when the
    /// cursor node lacked a <paramref name="nullable"/> key. Throws <see cref="InvalidCursorException"/> otherwise.
    /// </summary>
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

    /// <summary>A sort-key value a statement returned, for a cursor; anything but a string or number (a missing value) is null.</summary>
    internal static JsonValue? Write(object? value) => value switch
    {
        long whole => JsonValue.Create(whole),
        double number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        _ => null,
    };
}
