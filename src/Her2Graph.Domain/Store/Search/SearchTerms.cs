using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store.Search;

/// <summary>
/// A search text cut into words (each the <see cref="SearchText.Parts"/> of one whitespace-separated word), with
/// the key an exact match must equal and the rule for which field a hit matched. Both graph store adapters must
/// search through this type so that they match and rank alike; each turns <see cref="Words"/> into its own
/// statement: every word must match as a token prefix, a punctuated word either squashed ("ds8201") or as its parts
/// in sequence ("ds 8201").
/// </summary>
public sealed class SearchTerms
{
    private SearchTerms(IReadOnlyList<string[]> words, string exactKey)
    {
        Words = words;
        ExactKey = exactKey;
    }

    /// <summary>The words that carry letters or digits, each as its parts; empty when nothing can match.</summary>
    public IReadOnlyList<string[]> Words { get; }

    /// <summary>The squashed text between bars, as <see cref="SearchText.ExactKeys"/> holds an exact match.</summary>
    public string ExactKey { get; }

    public static SearchTerms Parse(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(SearchText.Parts)
            .Where(parts => parts.Length > 0)
            .ToList();
        return new SearchTerms(words, "|" + SearchText.Squash(text) + "|");
    }

    /// <summary>Where the node matched best: name, alias, id, or the first property whose text holds every word.</summary>
    public string MatchedField(GraphNode node)
    {
        if (Holds(node.Name)) return "name";
        if (node.Aliases.Any(Holds)) return "alias";
        if (Holds(node.Id)) return "id";
        foreach (var (name, value) in node.Properties)
        {
            if (SearchText.TextValues(value).Any(Holds)) return name;
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
