using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Sqlite.Search;

/// <summary>A search text turned into an FTS5 match expression and the key an exact match must equal.</summary>
internal sealed record SearchTerms(string? Match, string ExactKey, IReadOnlyList<string[]> Words)
{
    public static SearchTerms Parse(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(SearchText.Parts)
            .Where(parts => parts.Length > 0)
            .ToList();

        // Every word must match, as a prefix. A punctuated word matches either its squashed form ("ds8201"*) or its
        // parts in sequence ("ds 8201"*). Parts hold letters and digits only, so quoting them is safe.
        var clauses = words.Select(parts => parts.Length == 1
            ? $"\"{parts[0]}\"*"
            : $"(\"{string.Concat(parts)}\"* OR \"{string.Join(' ', parts)}\"*)");
        var match = words.Count == 0 ? null : string.Join(" AND ", clauses);
        return new SearchTerms(match, "|" + SearchText.Squash(text) + "|", words);
    }

    /// <summary>Where the node matched best: name, alias, id, or the first property whose text holds every word.</summary>
    public string MatchedField(GraphNode node)
    {
        if (Holds(node.Name)) return "name";
        if (node.Aliases.Any(Holds)) return "alias";
        if (Holds(node.Id)) return "id";
        foreach (var (name, value) in node.Properties)
        {
            if (SearchDocument.TextValues(value).Any(Holds)) return name;
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
