using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Neo4j.Search;

/// <summary>
/// A search text turned into what the Search statement binds: per word, the texts that match it as a token prefix
/// (a punctuated word matches its squashed form " ds8201" or its parts in sequence " ds 8201", as FTS5 phrase
/// prefixes do in the SQLite adapter), and the key an exact match must equal.
/// </summary>
internal sealed record SearchTerms(IReadOnlyList<IReadOnlyList<string>> Needles, string ExactKey, IReadOnlyList<string[]> Words)
{
    public static SearchTerms Parse(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(SearchText.Parts)
            .Where(parts => parts.Length > 0)
            .ToList();
        var needles = words.Select(parts => (IReadOnlyList<string>)(parts.Length == 1
                ? [" " + parts[0]]
                : [" " + string.Concat(parts), " " + string.Join(' ', parts)]))
            .ToList();
        return new SearchTerms(needles, "|" + SearchText.Squash(text) + "|", words);
    }

    /// <summary>Where the node matched best: name, alias, id, or the first property whose text holds every word.</summary>
    public string MatchedField(GraphNode node)
    {
        if (Holds(node.Name)) return "name";
        if (node.Aliases.Any(Holds)) return "alias";
        if (Holds(node.Id)) return "id";
        foreach (var (name, value) in node.Properties)
        {
            if (Neo4jSearchFields.TextValues(value).Any(Holds)) return name;
        }

        return "text";
    }

    private bool Holds(string text)
    {
        var tokens = SearchText.Indexable(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(word => SearchText.Parts(word).Append(SearchText.Squash(word)))
            .ToList();
        return Words.All(parts => tokens.Any(t => t.StartsWith(string.Concat(parts), StringComparison.Ordinal))
            || parts.All(part => tokens.Any(t => t.StartsWith(part, StringComparison.Ordinal))));
    }
}
