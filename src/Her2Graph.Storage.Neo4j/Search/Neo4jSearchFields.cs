using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store.Search;

namespace Her2Graph.Storage.Neo4j.Search;

/// <summary>
/// The search copies a node carries beside its content, written in the same statement as the node so they never
/// drift: token texts per field (weighted by the Search statement), their union for the text index, exact keys.
/// </summary>
internal static class Neo4jSearchFields
{
    public static void AddTo(IDictionary<string, object?> row, GraphNode node)
    {
        var name = Tokens(node.Name);
        var aliases = Tokens(string.Join(" ; ", node.Aliases));
        var code = Tokens(SearchText.Code(node));
        var other = Tokens(string.Join(" ; ", node.Properties.Values.SelectMany(SearchText.TextValues)));
        row["searchName"] = name;
        row["searchAliases"] = aliases;
        row["searchCode"] = code;
        row["searchOther"] = other;

        // '|' holds no letter or digit, so no search text can match across two fields.
        row["searchText"] = string.Join('|', name, aliases, code, other);
        row["exactKeys"] = SearchText.ExactKeys(node);
    }

    /// <summary>The tokens of a text, space-separated with a space at each end, so that " word" is a token prefix.</summary>
    private static string Tokens(string text)
    {
        var tokens = SearchText.Indexable(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(SearchText.Parts);
        return " " + string.Join(' ', tokens) + " ";
    }
}
