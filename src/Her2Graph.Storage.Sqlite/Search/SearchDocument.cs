using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Sqlite.Search;

/// <summary>The columns of a node's full-text entry, kept in step with the node inside the write transaction.</summary>
internal sealed record SearchDocument(string ExactKeys, string Name, string Aliases, string Code, string Other)
{
    public static SearchDocument Of(GraphNode node) =>
        new(
            ExactKeysOf(node),
            SearchText.Indexable(node.Name),
            SearchText.Indexable(string.Join(" ; ", node.Aliases)),
            SearchText.Indexable(node.Id),
            SearchText.Indexable(string.Join(" ; ", TextValues(node.Properties))));

    /// <summary>Squashed name, aliases and id between bars, so that one <c>instr</c> tells an exact match.</summary>
    public static string ExactKeysOf(GraphNode node)
    {
        var keys = new[] { node.Name, node.Id }.Concat(node.Aliases).Select(SearchText.Squash).Where(k => k.Length > 0);
        return "|" + string.Join('|', keys.Distinct(StringComparer.Ordinal)) + "|";
    }

    /// <summary>Text and text-list values: class words such as ADC, pan-HER, exon 20 live there.</summary>
    public static IEnumerable<string> TextValues(PropertyBag properties) => properties.Values.SelectMany(TextValues);

    public static IEnumerable<string> TextValues(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString() ?? string.Empty],
        JsonValueKind.Array => value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString() ?? string.Empty),
        _ => [],
    };
}
