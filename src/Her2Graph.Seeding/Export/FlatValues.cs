using System.Text;
using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;

namespace Her2Graph.Seeding.Export;

/// <summary>Property values as one cell of text (GraphML, TSV): lists joined with <see cref="ListSeparator"/>, numbers as written.</summary>
internal static class FlatValues
{
    public const string ListSeparator = "; ";

    public static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => string.Join(ListSeparator, value.EnumerateArray().Select(Text)),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };

    /// <summary>Every property name the entities carry, in ordinal order, with the schema type its owners declare for it.</summary>
    public static IReadOnlyList<(string Name, PropertyType? Type)> Columns(IEnumerable<PropertyBag> bags, Func<string, PropertyType?> typeOf)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var bag in bags) names.UnionWith(bag.Keys);
        return names.Select(n => (n, typeOf(n))).ToList();
    }

    /// <summary>The one type a property has across node kinds (or relationship types); null when they differ or none declares it.</summary>
    public static PropertyType? CommonType(IEnumerable<PropertyDefinition?> definitions)
    {
        var types = definitions.OfType<PropertyDefinition>().Select(d => d.Type).Distinct().ToList();
        return types.Count == 1 ? types[0] : null;
    }

    /// <summary>Characters XML 1.0 cannot hold at all (most C0 controls) become U+FFFD; the seed and JSON exports keep them.</summary>
    public static string XmlSafe(string text)
    {
        if (text.All(IsXmlChar)) return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(IsXmlChar(c) ? c : '\uFFFD');
        return builder.ToString();
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}
