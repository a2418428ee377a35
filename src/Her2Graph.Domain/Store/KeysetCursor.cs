using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Her2Graph.Domain.Store;

/// <summary>
/// The position of a node in an ordered listing: its sort-key values and id. A cursor holds values, not an offset,
/// so a page does not shift when nodes are added before it. Encoded as base64url JSON, opaque to clients, and tied
/// to the order it was made for.
/// </summary>
/// <param name="Order">The order signature, e.g. <c>name:asc</c>.</param>
/// <param name="Values">One value per sort key (JSON null where the node lacks the property).</param>
/// <param name="Id">The node id, the final tie-breaker.</param>
public sealed record KeysetCursor(string Order, IReadOnlyList<JsonNode?> Values, string Id)
{
    public static string Signature(IReadOnlyList<NodeOrder> order) => string.Join(',', order.Select(o => o.ToString()));

    public string Encode()
    {
        var json = new JsonObject
        {
            ["o"] = Order,
            ["v"] = new JsonArray(Values.Select(v => v?.DeepClone()).ToArray()),
            ["i"] = Id,
        };
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }

    /// <summary>Decodes a cursor made for <paramref name="order"/>; throws <see cref="InvalidCursorException"/> otherwise.</summary>
    public static KeysetCursor Decode(string cursor, IReadOnlyList<NodeOrder> order)
    {
        var signature = Signature(order);
        try
        {
            var json = JsonNode.Parse(Base64Url.DecodeFromChars(cursor))?.AsObject();
            if (json?["o"]?.GetValue<string>() == signature && json["v"] is JsonArray values && json["i"]?.GetValue<string>() is { } id
                && values.Count == order.Count)
            {
                return new KeysetCursor(signature, values.Select(v => v?.DeepClone()).ToList(), id);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            // Not base64url, not JSON, or JSON of another shape (a number where a string belongs): not our cursor.
        }

        throw new InvalidCursorException(cursor);
    }
}
