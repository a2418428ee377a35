using Her2Graph.Api.Schema.Identifiers;
using Her2Graph.Api.Schema.Nodes;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Search;

namespace Her2Graph.Api.Schema.Lookups;

/// <summary>
/// Finds nodes by what clients call them (Enhertu, DS-8201, T-DXd, YVMA, DESTINY-Lung02, DB14962, HGNC:3430), in tiers
/// so that a lookup never picks silently: the key (the natural key exactly, or a global id), else the name (or the key
/// with other case or punctuation), else an alias, both ignoring case and punctuation, else an outside id. A name
/// answers with every node of the first tier it matches in; a lookup that needs one node refuses several with
/// AMBIGUOUS_NAME (AMBIGUOUS_XREF for an outside id) naming them.
/// </summary>
internal sealed class NodeLookup(IGraphStore store, XrefLookup xrefs)
{
    // Exact matches rank first in the store's search, so these hold every node sharing a name unless more than this
    // many do.
    private const int SearchHits = 25;

    /// <summary>The one node of the kind the text names; null when none does.</summary>
    public async Task<GraphNode?> FindAsync(NodeKind kind, string text, CancellationToken cancellationToken) =>
        Single((await ResolveAsync([text], [kind], cancellationToken))[0]);

    /// <summary>The one node of any kind each text names, in order; a BAD_ARGUMENT error for a text that names none.</summary>
    public async Task<IReadOnlyList<GraphNode>> RequireAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        (await ResolveAsync(texts, null, cancellationToken))
            .Select(match => Single(match) ?? throw Errors.BadArgument($"no node has the key, name, alias or outside id '{match.Name}'"))
            .ToList();

    /// <summary>
    /// What each text names, in order: one store read for the keys, one search per text that is no key (the store's
    /// search takes one text), one read for the outside ids of those still unmatched.
    /// </summary>
    public async Task<IReadOnlyList<NameMatch>> ResolveAsync(IReadOnlyList<string> texts, IReadOnlyCollection<NodeKind>? kinds, CancellationToken cancellationToken)
    {
        var wanted = kinds is { Count: > 0 } ? kinds.ToHashSet() : null;
        bool Fits(GraphNode node) => wanted is null || wanted.Contains(node.Kind);

        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        var byKey = await store.GetNodesAsync(distinct.Select(KeyOf).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var found = new Dictionary<string, NameMatch>(StringComparer.Ordinal);
        foreach (var text in distinct)
        {
            if (byKey.TryGetValue(KeyOf(text), out var node) && Fits(node)) found[text] = NameMatch.Of(text, [node], MatchedBy.Key);
        }

        foreach (var text in distinct.Where(t => !found.ContainsKey(t) && SearchText.Squash(t).Length > 0))
        {
            var hits = await store.SearchAsync(new SearchQuery(text, wanted, SearchHits), cancellationToken);
            if (NameTiers.ByNameOrAlias(text, hits.Select(h => h.Node).Where(Fits).ToList()) is { MatchedBy: not null } match) found[text] = match;
        }

        var carriers = await xrefs.FindAllAsync(distinct.Where(t => !found.ContainsKey(t)), Fits, cancellationToken);
        foreach (var (text, nodes) in carriers) found[text] = NameMatch.Of(text, nodes, MatchedBy.Xref);

        return texts.Select(t => found.GetValueOrDefault(t) ?? NameMatch.None(t)).ToList();
    }

    /// <summary>The one node matched; null when none; AMBIGUOUS_NAME (AMBIGUOUS_XREF for an outside id) when several.</summary>
    public static GraphNode? Single(NameMatch match) => match.Nodes.Count switch
    {
        0 => null,
        1 => match.Nodes[0],
        _ => throw (match.MatchedBy == MatchedBy.Xref ? XrefLookup.Ambiguous(match.Name, match.Nodes) : Errors.AmbiguousName(match)),
    };

    /// <summary>Resolves a global id, or else a natural key, to a node id.</summary>
    public static string KeyOf(string idOrKey) => GlobalId.TryDecode(idOrKey, out _, out var key) ? key : idOrKey;
}
