using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store.Listing;

/// <summary>
/// Keyset paging of a <see cref="NodeListQuery"/>, all but the statement that reads the rows: a page is "the next N
/// nodes after these key values", so inserting nodes before a cursor never shifts the page. <c>last</c>/<c>before</c>
/// read the order backwards and <see cref="Page"/> turns the rows round. Both graph store adapters must page through
/// this type so that they page, and set has-next/has-previous, alike.
/// </summary>
public sealed class KeysetPaging
{
    private readonly string _signature;
    private readonly int? _size;

    private KeysetPaging(IReadOnlyList<NodeOrder> order, KeysetCursor? after, KeysetCursor? before, bool backward, int? size)
    {
        Order = order;
        _signature = KeysetCursor.Signature(order);
        After = after;
        Before = before;
        Backward = backward;
        _size = size;
    }

    /// <summary>The sort keys, by name when the query gives none; the statement breaks ties by id.</summary>
    public IReadOnlyList<NodeOrder> Order { get; }

    public KeysetCursor? After { get; }

    public KeysetCursor? Before { get; }

    /// <summary>True for <c>last</c> without <c>first</c>: the statement reads the order backwards.</summary>
    public bool Backward { get; }

    /// <summary>Rows the statement reads, null for all: one more than asked tells whether more nodes lie in the paging direction.</summary>
    public long? Limit => _size + 1L;

    /// <summary>Decodes the cursors for the query's order; throws for negative sizes and for cursors of another order.</summary>
    public static KeysetPaging Of(NodeListQuery query)
    {
        if (query.First < 0 || query.Last < 0) throw new ArgumentOutOfRangeException(nameof(query), "first and last cannot be negative");

        IReadOnlyList<NodeOrder> order = query.Order.Count == 0 ? [NodeOrder.ByName] : query.Order;
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, order);
        var before = query.Before is null ? null : KeysetCursor.Decode(query.Before, order);
        var backward = query.First is null && query.Last is not null;
        return new KeysetPaging(order, after, before, backward, backward ? query.Last : query.First);
    }

    /// <summary>A node as read, with the cursor made of its sort-key values (one per <see cref="Order"/> key, as the statement returned them).</summary>
    public PagedNode Paged(GraphNode node, IEnumerable<object?> keyValues) =>
        new(node, new KeysetCursor(_signature, keyValues.Select(KeysetCursorValues.Write).ToList<JsonNode?>(), node.Id).Encode());

    /// <summary>
    /// The page from the rows read (at most <see cref="Limit"/>, in the statement's order), whether matching nodes
    /// lie beyond the after- and before-cursors, and the total count.
    /// </summary>
    public NodePage Page(IEnumerable<PagedNode> rows, bool beyondAfter, bool beyondBefore, int totalCount)
    {
        var page = rows.ToList();
        var more = _size is { } limit && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        if (Backward) page.Reverse();

        // Nodes at or before the after-cursor precede the page; nodes at or after the before-cursor follow it.
        var hasPrevious = (Backward && more) || (After is not null && beyondAfter);
        var hasNext = (!Backward && more) || (Before is not null && beyondBefore);
        return new NodePage(page, hasNext, hasPrevious, totalCount);
    }
}
