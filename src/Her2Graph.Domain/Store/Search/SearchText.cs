using System.Text;
using System.Text.Json;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store.Search;

/// <summary>
/// How text is cut into search terms, the way SQLite's FTS5 unicode61 tokenizer does: lower case, split at
/// punctuation ("T-DXd" → "t", "dxd"); each punctuated word is also indexed with its punctuation removed ("tdxd"),
/// so that "TDXd", "T-DX" and "DS8201" are found as well. Both graph store adapters must index through this type
/// (and search through <see cref="SearchTerms"/>) so that they find and rank alike.
/// </summary>
public static class SearchText
{
    /// <summary>The text to index: the text itself plus the squashed form of every punctuated word.</summary>
    public static string Indexable(string text)
    {
        var squashed = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => Parts(word).Length > 1)
            .Select(Squash);
        return string.Join(' ', [text, .. squashed]);
    }

    /// <summary>The parts of a word between punctuation, lower case: the tokens FTS5 makes of it.</summary>
    public static string[] Parts(string word)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0) parts.Add(current.ToString());
        return [.. parts];
    }

    /// <summary>
    /// Squashed name, id, aliases and outside ids between bars, so that one substring test tells an exact match: a
    /// search for DB14962 or ENSG00000141736 ranks the node carrying it first.
    /// </summary>
    public static string ExactKeys(GraphNode node)
    {
        var keys = new[] { node.Name, node.Id }.Concat(node.Aliases).Concat(node.Xrefs.Select(x => x.Id)).Select(Squash).Where(k => k.Length > 0);
        return "|" + string.Join('|', keys.Distinct(StringComparer.Ordinal)) + "|";
    }

    /// <summary>The code text of a node: its key and its outside ids, the words a search by code matches.</summary>
    public static string Code(GraphNode node) => node.Xrefs.Count == 0 ? node.Id : string.Join(" ; ", [node.Id, .. node.Xrefs.Select(x => x.Id)]);

    /// <summary>The searchable texts of a property value, a text or a text list: class words such as ADC, pan-HER, exon 20 live there.</summary>
    public static IEnumerable<string> TextValues(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString() ?? string.Empty],
        JsonValueKind.Array => value.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString() ?? string.Empty),
        _ => [],
    };

    /// <summary>Lower case, letters and digits only: the form exact matches compare (and the validator's DUPLICATE_ALIAS rule, so that what it refuses is what a lookup could not tell apart).</summary>
    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
