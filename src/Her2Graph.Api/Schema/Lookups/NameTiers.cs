using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store.Search;

namespace Her2Graph.Api.Schema.Lookups;

/// <summary>
/// The tiers of a lookup (<see cref="MatchedBy"/>) applied to nodes already in hand: the search hits for a name, or the
/// nodes a variant's facts reach. Names compare as the seed validator's DUPLICATE_ALIAS rule compares them
/// (<see cref="SearchText.Squash"/>: case and punctuation ignored), so what the validator refuses within a kind is exactly
/// what a lookup could not tell apart.
/// </summary>
internal static class NameTiers
{
    /// <summary>The nodes whose name (or loosely written key) is the text, else those with it as an alias.</summary>
    public static NameMatch ByNameOrAlias(string text, IReadOnlyCollection<GraphNode> nodes)
    {
        var wanted = SearchText.Squash(text);
        if (wanted.Length == 0) return NameMatch.None(text);
        var byName = NameMatch.Of(text, nodes.Where(n => SearchText.Squash(n.Id) == wanted || SearchText.Squash(n.Name) == wanted), MatchedBy.Name);
        return byName.MatchedBy is not null
            ? byName
            : NameMatch.Of(text, nodes.Where(n => n.Aliases.Any(a => SearchText.Squash(a) == wanted)), MatchedBy.Alias);
    }

    /// <summary>Every tier, key to outside id, among the nodes.</summary>
    public static NameMatch Among(string text, IReadOnlyCollection<GraphNode> nodes)
    {
        var key = NodeLookup.KeyOf(text);
        var byKey = NameMatch.Of(text, nodes.Where(n => n.Id == key), MatchedBy.Key);
        if (byKey.MatchedBy is not null) return byKey;
        var byName = ByNameOrAlias(text, nodes);
        if (byName.MatchedBy is not null) return byName;
        var wanted = SearchText.Squash(text);
        return wanted.Length == 0
            ? NameMatch.None(text)
            : NameMatch.Of(text, nodes.Where(n => n.Xrefs.Any(x => SearchText.Squash(x.Id) == wanted || SearchText.Squash(x.Key) == wanted)), MatchedBy.Xref);
    }
}
