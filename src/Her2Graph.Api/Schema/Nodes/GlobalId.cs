using System.Buffers.Text;
using System.Text;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>Opaque global ids (<c>Kind:key</c>, base64url): unique across kinds and safe to cache by clients.</summary>
internal static class GlobalId
{
    public static string Of(GraphNode node) => Encode(node.Kind, node.Id);

    public static string Encode(NodeKind kind, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{kind}:{key}"));

    public static bool TryDecode(string id, out NodeKind kind, out string key)
    {
        kind = default;
        key = string.Empty;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Enum.TryParse(text[..colon], out kind) || !Enum.IsDefined(kind)) return false;
        key = text[(colon + 1)..];
        return key.Length > 0;
    }
}
