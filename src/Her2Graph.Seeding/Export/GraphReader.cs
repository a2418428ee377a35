using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// Reads a whole graph through <see cref="IGraphStore"/> in keyset pages, at one graph version. The version is read
/// before the first page and after the last; every write that changes something bumps it, so equal versions mean no
/// page saw a write. When it moved, the read restarts, up to <see cref="Attempts"/> times, and then fails with
/// <see cref="GraphChangedDuringReadException"/> rather than return a graph that never existed.
/// </summary>
public static class GraphReader
{
    /// <summary>How many times a read is tried before it gives up on a graph that keeps changing.</summary>
    public const int Attempts = 3;

    /// <summary>Rows per store call: large enough for few round trips, small enough for one Neo4j response.</summary>
    public const int PageSize = 200;

    public static async Task<GraphSnapshot> ReadAsync(IGraphStore store, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        GraphVersion? moved = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var before = await store.GetVersionAsync(cancellationToken);
            var nodes = await ReadNodesAsync(store, progress, cancellationToken);
            var relationships = await ReadRelationshipsAsync(store, progress, cancellationToken);
            var after = await store.GetVersionAsync(cancellationToken);
            if (after == before)
            {
                nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
                relationships.Sort(CompareRelationships);
                return new GraphSnapshot(before, nodes, relationships);
            }

            moved = after;
            progress?.Report(new ExportProgress($"graph changed from version {before.Number} to {after.Number} while read: reading again", attempt, Attempts));
        }

        throw new GraphChangedDuringReadException(
            $"the graph kept changing while it was read ({Attempts} attempts, last at version {moved!.Number}): no consistent copy could be taken; try again when writes pause");
    }

    /// <summary>By type wire name, then key text: the order of every export.</summary>
    public static int CompareRelationships(GraphRelationship a, GraphRelationship b)
    {
        var byType = string.CompareOrdinal(a.Type.ToWireName(), b.Type.ToWireName());
        return byType != 0 ? byType : string.CompareOrdinal(a.Key.ToString(), b.Key.ToString());
    }

    private static async Task<List<GraphNode>> ReadNodesAsync(IGraphStore store, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var nodes = new List<GraphNode>();
        string? after = null;
        while (true)
        {
            var page = await store.ListNodesAsync(new NodeListQuery(null, null, [new NodeOrder(NodeFields.Id)], First: PageSize, After: after), cancellationToken);
            nodes.AddRange(page.Nodes.Select(n => n.Node));
            progress?.Report(new ExportProgress("read nodes", nodes.Count, page.TotalCount));
            if (!page.HasNextPage || page.Nodes.Count == 0) return nodes;
            after = page.Nodes[^1].Cursor;
        }
    }

    private static async Task<List<GraphRelationship>> ReadRelationshipsAsync(
        IGraphStore store, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var relationships = new List<GraphRelationship>();
        string? after = null;
        while (true)
        {
            var page = await store.ListRelationshipsAsync(new RelationshipListQuery([], null, [], First: PageSize, After: after), cancellationToken);
            relationships.AddRange(page.Rows.Select(r => r.Relationship));
            progress?.Report(new ExportProgress("read relationships", relationships.Count, page.TotalCount));
            if (!page.HasNextPage || page.Rows.Count == 0) return relationships;
            after = page.Rows[^1].Cursor;
        }
    }
}
