using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store.Listing;

/// <summary>
/// Keyset paging of a <see cref="NodeListQuery"/> or <see cref="RelationshipListQuery"/>, all but the statement that
/// reads the rows: a page is "the next N rows after these key values", so inserting rows before a cursor never shifts
/// the page. <c>last</c>/<c>before</c> read the order backwards and <c>Page</c> turns the rows round. Both graph
/// store adapters must page through this type so that they page, and set has-next/has-previous, alike.
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

    /// <summary>The sort keys, the default when the query gives none; the statement breaks ties by the row's key (node id, relationship key).</summary>
    public IReadOnlyList<NodeOrder> Order { get; }

    public KeysetCursor? After { get; }

    public KeysetCursor? Before { get; }

    /// <summary>True for <c>last</c> without <c>first</c>: the statement reads the order backwards.</summary>
    public bool Backward { get; }

    /// <summary>Rows the statement reads, null for all: one more than asked tells whether more rows lie in the paging direction.</summary>
    public long? Limit => _size + 1L;

    /// <summary>Decodes the cursors for the query's order; throws for negative sizes and for cursors of another order.</summary>
    public static KeysetPaging Of(NodeListQuery query) =>
        Of(query.Order, NodeOrder.ByName, query.First, query.After, query.Last, query.Before);

    /// <summary>As for nodes; a relationship listing without sort keys is ordered by type, its cursors end with the relationship key.</summary>
    public static KeysetPaging Of(RelationshipListQuery query) =>
        Of(query.Order, RelationshipListQuery.ByType, query.First, query.After, query.Last, query.Before);

    /// <summary>A node as read, with the cursor made of its sort-key values (one per <see cref="Order"/> key, as the statement returned them).</summary>
    public PagedNode Paged(GraphNode node, IEnumerable<object?> keyValues) => new(node, Cursor(node.Id, keyValues));

    /// <summary>A relationship row as read, its cursor made of its sort-key values and key.</summary>
    public PagedRelationship Paged(GraphRelationship relationship, GraphNode from, GraphNode to, IEnumerable<object?> keyValues) =>
        new(relationship, from, to, Cursor(relationship.Key.ToString(), keyValues));

    /// <summary>
    /// The page from the rows read (at most <see cref="Limit"/>, in the statement's order), whether matching nodes
    /// lie beyond the after- and before-cursors, and the total count.
    /// </summary>
    public NodePage Page(IEnumerable<PagedNode> rows, bool beyondAfter, bool beyondBefore, int totalCount)
    {
        var (page, hasNext, hasPrevious) = Window(rows, beyondAfter, beyondBefore);
        return new NodePage(page, hasNext, hasPrevious, totalCount);
    }

    /// <summary>The page of a relationship listing, as <see cref="Page(IEnumerable{PagedNode}, bool, bool, int)"/>.</summary>
    public RelationshipPage Page(IEnumerable<PagedRelationship> rows, bool beyondAfter, bool beyondBefore, int totalCount)
    {
        var (page, hasNext, hasPrevious) = Window(rows, beyondAfter, beyondBefore);
        return new RelationshipPage(page, hasNext, hasPrevious, totalCount);
    }

    private static KeysetPaging Of(IReadOnlyList<NodeOrder> order, NodeOrder byDefault, int? first, string? after, int? last, string? before)
    {
        if (first < 0 || last < 0) throw new ArgumentOutOfRangeException(nameof(first), "first and last cannot be negative");

        IReadOnlyList<NodeOrder> keys = order.Count == 0 ? [byDefault] : order;
        var afterCursor = after is null ? null : KeysetCursor.Decode(after, keys);
        var beforeCursor = before is null ? null : KeysetCursor.Decode(before, keys);
        var backward = first is null && last is not null;
        return new KeysetPaging(keys, afterCursor, beforeCursor, backward, backward ? last : first);
    }

    private string Cursor(string id, IEnumerable<object?> keyValues) =>
        new KeysetCursor(_signature, keyValues.Select(KeysetCursorValues.Write).ToList<JsonNode?>(), id).Encode();

    private (List<T> Page, bool HasNext, bool HasPrevious) Window<T>(IEnumerable<T> rows, bool beyondAfter, bool beyondBefore)
    {
        var page = rows.ToList();
        var more = _size is { } limit && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        if (Backward) page.Reverse();

        // Rows at or before the after-cursor precede the page; rows at or after the before-cursor follow it.
        var hasPrevious = (Backward && more) || (After is not null && beyondAfter);
        var hasNext = (!Backward && more) || (Before is not null && beyondBefore);
        return (page, hasNext, hasPrevious);
    }
}
