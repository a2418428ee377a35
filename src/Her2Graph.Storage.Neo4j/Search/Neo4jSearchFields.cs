using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Neo4j.Search;

/// <summary>
/// The search copies a node carries beside its content, written in the same statement as the node so they never
/// drift: token texts per field (weighted by the Search statement), their union for the text index, exact keys.
/// </summary>
internal static class Neo4jSearchFields
{
    public static void AddTo(IDictionary<string, object?> row, GraphNode node)
    {
        var name = SearchText.Tokens(node.Name);
        var aliases = SearchText.Tokens(string.Join(" ; ", node.Aliases));
        var code = SearchText.Tokens(node.Id);
        var other = SearchText.Tokens(string.Join(" ; ", node.Properties.Values.SelectMany(TextValues)));
        row["searchName"] = name;
        row["searchAliases"] = aliases;
        row["searchCode"] = code;
        row["searchOther"] = other;

        // '|' holds no letter or digit, so no search text can match across two fields.
        row["searchText"] = string.Join('|', name, aliases, code, other);
        row["exactKeys"] = ExactKeysOf(node);
    }

    /// <summary>Squashed name, aliases and id between bars, so that one CONTAINS tells an exact match.</summary>
    public static string ExactKeysOf(GraphNode node)
    {
        var keys = new[] { node.Name, node.Id }.Concat(node.Aliases).Select(SearchText.Squash).Where(k => k.Length > 0);
        return "|" + string.Join('|', keys.Distinct(StringComparer.Ordinal)) + "|";
    }

    /// <summary>Text and text-list values: class words such as ADC, pan-HER, exon 20 live there.</summary>
    public static IEnumerable<string> TextValues(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString() ?? string.Empty],
        JsonValueKind.Array => value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString() ?? string.Empty),
        _ => [],
    };
}
