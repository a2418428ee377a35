using GraphQL;
using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Identifiers;

/// <summary>
/// Finds the node an outside id names (<c>CHEMBL:CHEMBL1201585</c>, <c>HGNC:3430</c>, <c>rs397516975</c>,
/// <c>NM_004448.4:c.2313_2324dup</c>) with one store read. Never picks silently: an id that several nodes carry is an
/// AMBIGUOUS_XREF error naming them.
/// </summary>
internal sealed class XrefLookup(IGraphStore store)
{
    /// <summary>The node, null when no node carries the id; MALFORMED_XREF or UNKNOWN_XREF_SCHEME when the text is no id.</summary>
    public async Task<GraphNode?> FindAsync(string text, NodeKind? kind, CancellationToken cancellationToken)
    {
        if (!XrefSchemes.TryParse(text, out var candidates, out var code, out var error)) throw new ExecutionError(error) { Code = code.Code };
        return await FindAsync(text, candidates, kind, cancellationToken);
    }

    /// <summary>For the name lookups: the node when the text reads as an id, null when it does not or no node carries it.</summary>
    public async Task<GraphNode?> FindIfIdAsync(string text, NodeKind kind, CancellationToken cancellationToken) =>
        XrefSchemes.TryParse(text, out var candidates, out _, out _) ? await FindAsync(text, candidates, kind, cancellationToken) : null;

    private async Task<GraphNode?> FindAsync(
        string text, IReadOnlyList<(XrefScheme Scheme, string Id)> candidates, NodeKind? kind, CancellationToken cancellationToken)
    {
        var keys = candidates.Select(c => XrefSchemes.KeyOf(c.Scheme, c.Id)).Distinct(StringComparer.Ordinal).ToList();
        var found = await store.FindNodesByXrefsAsync(keys, cancellationToken);
        var nodes = found.Values.SelectMany(n => n)
            .Where(n => kind is null || n.Kind == kind)
            .DistinctBy(n => n.Id)
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        if (nodes.Count <= 1) return nodes.SingleOrDefault();

        var named = string.Join("; ", nodes.Select(n => $"{n.Kind} {n.Id} ({string.Join(", ", n.Xrefs.Where(x => keys.Contains(x.Key)).Select(x => x.Key).Distinct())})"));
        throw new ExecutionError($"'{text}' is an id of {nodes.Count} nodes: {named}; ask by key, or give the scheme (SCHEME:id)")
        {
            Code = ErrorCodes.AmbiguousXref.Code,
        };
    }
}
