using System.Buffers.Text;
using System.Text;
using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// Relay paging over one node's edges as the store filtered and ordered them (a node has tens of relationships).
/// Cursors name the relationship, not a position, so a page does not shift when relationships are added.
/// </summary>
internal static class EdgePaging
{
    public static TraversalPage Page(NeighbourGroup group, PageRequest request) =>
        Page(group.Neighbours, request) with { TotalCount = group.TotalCount, Aggregates = group.Aggregates };

    public static TraversalPage Page(IReadOnlyList<Neighbour> neighbours, PageRequest request)
    {
        var edges = neighbours.Select(n => new TraversalEdge(n, CursorOf(n))).ToList();
        var start = request.After is null ? 0 : IndexOf(edges, request.After) + 1;
        var end = request.Before is null ? edges.Count : IndexOf(edges, request.Before);
        if (end < start) end = start;
        if (request.First is { } first) end = Math.Min(end, start + first);
        if (request.Last is { } last) start = Math.Max(start, end - last);

        var page = edges.GetRange(start, end - start);
        var info = new PageInfo(end < edges.Count, start > 0, page.FirstOrDefault()?.Cursor, page.LastOrDefault()?.Cursor);
        return new TraversalPage(page, info, edges.Count);
    }

    private static int IndexOf(List<TraversalEdge> edges, string cursor) =>
        edges.FindIndex(e => e.Cursor == cursor) is var index and >= 0 ? index : throw Errors.BadCursor(cursor);

    private static string CursorOf(Neighbour neighbour) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{neighbour.Relationship.Key}#{neighbour.Direction}"));
}
