using System.Globalization;
using System.Text;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// Writes YAML scalars for seed files: text always double-quoted (so no value is read back as a number, a date, a
/// flag or null), with YAML's escapes for what a double-quoted scalar cannot hold literally.
/// </summary>
internal static class YamlText
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // C0 and C1 controls, DEL, the BOM and YAML 1.1's extra line breaks (NEL, LS, PS) are escaped.
                    if (c < 0x20 || c is >= 0x7F and <= 0x9F || c is 0x2028 or 0x2029 or 0xFEFF)
                    {
                        builder.Append("\\u").Append(c.ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(rune.ToString());
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";
}
