using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Changes;

/// <summary>The position of a change in the log (graph version, sequence within the write), as an opaque cursor.</summary>
internal static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(ChangeRecord change) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{change.Version}:{change.Sequence}"));

    public static bool TryDecode(string cursor, out long version, out int sequence)
    {
        version = 0;
        sequence = 0;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':') : [];
        return parts.Length == 2
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out version)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
               && sequence > 0;
    }
}
