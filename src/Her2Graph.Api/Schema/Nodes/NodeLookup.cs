using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Nodes;

/// <summary>
/// Finds a node of a kind by its key or any name or alias (Enhertu, DS-8201, T-DXd, YVMA, DESTINY-Lung02), ignoring
/// case and punctuation: by key first, then among the search hits for the text.
/// </summary>
internal sealed class NodeLookup(IGraphStore store)
{
    public async Task<GraphNode?> FindAsync(NodeKind kind, string text, CancellationToken cancellationToken)
    {
        var byKey = await store.GetNodesAsync([text], cancellationToken);
        if (byKey.TryGetValue(text, out var node) && node.Kind == kind) return node;

        var wanted = Normalise(text);
        if (wanted.Length == 0) return null;
        var hits = await store.SearchAsync(new SearchQuery(text, [kind], 25), cancellationToken);
        return hits.Select(h => h.Node).FirstOrDefault(n => Normalise(n.Id) == wanted || Normalise(n.Name) == wanted || n.Aliases.Any(a => Normalise(a) == wanted));
    }

    /// <summary>Resolves a global id, or else a natural key, to a node id.</summary>
    public static string KeyOf(string idOrKey) => GlobalId.TryDecode(idOrKey, out _, out var key) ? key : idOrKey;

    private static string Normalise(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
