using Her2Graph.Api.Schema.Identifiers;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>
/// Finds a node of a kind by its key or any name or alias (Enhertu, DS-8201, T-DXd, YVMA, DESTINY-Lung02), ignoring
/// case and punctuation, or by an outside id (DB14962, HGNC:3430, NCBI_GENE:2064): by key first, then among the search
/// hits for the text, then by cross-reference.
/// </summary>
internal sealed class NodeLookup(IGraphStore store, XrefLookup xrefs)
{
    public async Task<GraphNode?> FindAsync(NodeKind kind, string text, CancellationToken cancellationToken)
    {
        var byKey = await store.GetNodesAsync([text], cancellationToken);
        if (byKey.TryGetValue(text, out var node) && node.Kind == kind) return node;

        var wanted = Normalise(text);
        if (wanted.Length == 0) return null;
        var hits = await store.SearchAsync(new SearchQuery(text, [kind], 25), cancellationToken);
        return hits.Select(h => h.Node).FirstOrDefault(n => Normalise(n.Id) == wanted || Normalise(n.Name) == wanted || n.Aliases.Any(a => Normalise(a) == wanted))
            ?? await xrefs.FindIfIdAsync(text, kind, cancellationToken);
    }

    /// <summary>Resolves a global id, or else a natural key, to a node id.</summary>
    public static string KeyOf(string idOrKey) => GlobalId.TryDecode(idOrKey, out _, out var key) ? key : idOrKey;

    private static string Normalise(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
