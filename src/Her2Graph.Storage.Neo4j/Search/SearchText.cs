using System.Text;

namespace Her2Graph.Storage.Neo4j.Search;

/// <summary>
/// How text is cut into search tokens, the same way the SQLite adapter's FTS5 tokenizer does: lower case, split at
/// punctuation ("T-DXd" → "t", "dxd"), plus each punctuated word with its punctuation removed ("tdxd"), so that
/// "TDXd", "T-DX" and "DS8201" are found as well.
/// </summary>
// REVIEW: a copy of Her2Graph.Storage.Sqlite's SearchText (internal there). Both adapters must cut text alike for
// search to rank alike; moving it (with SearchTerms.MatchedField) into Her2Graph.Domain would keep one copy.
internal static class SearchText
{
    /// <summary>Lower case, letters and digits only: the form exact matches compare.</summary>
    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The text to index: the text itself plus the squashed form of every punctuated word.</summary>
    public static string Indexable(string text)
    {
        var squashed = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(word => Parts(word).Length > 1)
            .Select(Squash);
        return string.Join(' ', [text, .. squashed]);
    }

    /// <summary>The tokens of a text, space-separated with a space at each end, so that " word" is a token prefix.</summary>
    public static string Tokens(string text)
    {
        var tokens = Indexable(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(Parts);
        return " " + string.Join(' ', tokens) + " ";
    }

    /// <summary>The parts of a word between punctuation, lower case.</summary>
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
}
