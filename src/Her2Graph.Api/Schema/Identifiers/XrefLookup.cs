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
        if (!XrefSchemes.TryParse(text, out _, out var code, out var error)) throw new ExecutionError(error) { Code = code.Code };
        var nodes = (await FindAllAsync([text], n => kind is null || n.Kind == kind, cancellationToken))[text];
        return nodes.Count <= 1 ? nodes.SingleOrDefault() : throw Ambiguous(text, nodes);
    }

    /// <summary>
    /// For the name lookups: every node carrying each text that reads as an outside id, in key order, with one store
    /// read for all of them; a text that reads as no id is left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindAllAsync(
        IEnumerable<string> texts, Func<GraphNode, bool> wanted, CancellationToken cancellationToken)
    {
        var keysByText = texts.Distinct(StringComparer.Ordinal).Select(t => (Text: t, Keys: KeysOf(t))).Where(p => p.Keys.Count > 0).ToList();
        var found = new Dictionary<string, IReadOnlyList<GraphNode>>(StringComparer.Ordinal);
        foreach (var chunk in keysByText.SelectMany(p => p.Keys).Distinct(StringComparer.Ordinal).Chunk(IGraphStore.MaxXrefKeys))
        {
            foreach (var (key, nodes) in await store.FindNodesByXrefsAsync(chunk, cancellationToken)) found[key] = nodes;
        }

        return keysByText.ToDictionary(
            p => p.Text,
            p => (IReadOnlyList<GraphNode>)p.Keys.SelectMany(k => found.GetValueOrDefault(k) ?? [])
                .Where(wanted)
                .DistinctBy(n => n.Id)
                .OrderBy(n => n.Id, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>AMBIGUOUS_XREF: the id is carried by every one of the nodes.</summary>
    public static ExecutionError Ambiguous(string text, IReadOnlyList<GraphNode> nodes)
    {
        var keys = KeysOf(text);
        var named = string.Join("; ", nodes.Select(n => $"{n.Kind} {n.Id} ({string.Join(", ", n.Xrefs.Where(x => keys.Contains(x.Key)).Select(x => x.Key).Distinct())})"));
        return new ExecutionError($"'{text}' is an id of {nodes.Count} nodes: {named}; ask by key, or give the scheme (SCHEME:id)")
        {
            Code = ErrorCodes.AmbiguousXref.Code,
        };
    }

    private static List<string> KeysOf(string text) =>
        XrefSchemes.TryParse(text, out var candidates, out _, out _)
            ? candidates.Select(c => XrefSchemes.KeyOf(c.Scheme, c.Id)).Distinct(StringComparer.Ordinal).ToList()
            : [];
}
