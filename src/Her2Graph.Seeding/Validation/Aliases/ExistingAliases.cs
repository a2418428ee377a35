using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Validation.Aliases;

/// <summary>Ready-made <see cref="ExistingAliasLookup"/>s.</summary>
public static class ExistingAliases
{
    private const int PageSize = 500;

    /// <summary>Nothing outside the batch: names are compared within it only (a seed folder, which is the whole graph).</summary>
    public static ExistingAliasLookup None { get; } = (_, _) => Task.FromResult<IReadOnlyList<GraphNode>>([]);

    /// <summary>The store's nodes of the keys' kinds that hold one of the keys.</summary>
    // REVIEW: the port has no read by normalised name, so this lists every node of each kind asked about (one read
    // per kind and 500 nodes) and compares in memory. A kind holds tens to hundreds of nodes here, which costs less
    // than a search per name; a port read over the search index's exact keys would make it one indexed read.
    public static ExistingAliasLookup In(IGraphStore store) => async (keys, cancellationToken) =>
    {
        var found = new List<GraphNode>();
        foreach (var kind in keys.Select(k => k.Kind).Distinct().Order())
        {
            var wanted = keys.Where(k => k.Kind == kind).ToHashSet();
            string? after = null;
            NodePage page;
            do
            {
                page = await store.ListNodesAsync(new NodeListQuery(kind, null, [], PageSize, after), cancellationToken);
                found.AddRange(page.Nodes.Select(p => p.Node).Where(n => NameKey.Of(n).Any(wanted.Contains)));
                after = page.Nodes.Count > 0 ? page.Nodes[^1].Cursor : null;
            }
            while (page.HasNextPage && after is not null);
        }

        return found;
    };
}
