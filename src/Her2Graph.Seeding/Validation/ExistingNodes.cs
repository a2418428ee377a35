using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Validation;

/// <summary>Ready-made <see cref="ExistingNodeLookup"/>s.</summary>
public static class ExistingNodes
{
    /// <summary>Nothing exists outside the batch: every relationship end must be in it.</summary>
    public static ExistingNodeLookup None { get; } =
        (_, _) => Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(new Dictionary<string, NodeKind>());

    /// <summary>The nodes a caller has already read (so that one store read serves the validation and its own checks).</summary>
    public static ExistingNodeLookup Among(IReadOnlyDictionary<string, GraphNode> nodes) => (ids, _) =>
        Task.FromResult<IReadOnlyDictionary<string, NodeKind>>(
            ids.Where(nodes.ContainsKey).ToDictionary(id => id, id => nodes[id].Kind, StringComparer.Ordinal));

    /// <summary>
    /// The nodes a caller has already read, and <paramref name="orElse"/> for the rest: the ids node-reference
    /// properties name (a SENSITIVE_TO's arm) are known only once the validator has read the properties.
    /// </summary>
    public static ExistingNodeLookup Among(IReadOnlyDictionary<string, GraphNode> nodes, ExistingNodeLookup orElse) => async (ids, cancellationToken) =>
    {
        var found = ids.Where(nodes.ContainsKey).ToDictionary(id => id, id => nodes[id].Kind, StringComparer.Ordinal);
        var rest = ids.Where(id => !nodes.ContainsKey(id)).ToList();
        if (rest.Count > 0)
        {
            foreach (var (id, kind) in await orElse(rest, cancellationToken)) found[id] = kind;
        }

        return found;
    };

    /// <summary>Looks the ids up in a store, in one batch read.</summary>
    public static ExistingNodeLookup In(IGraphStore store) => async (ids, cancellationToken) =>
    {
        var nodes = await store.GetNodesAsync(ids, cancellationToken);
        return nodes.ToDictionary(p => p.Key, p => p.Value.Kind, StringComparer.Ordinal);
    };
}
