using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A page request over nodes, Relay style: <see cref="First"/> with <see cref="After"/> pages forward,
/// <see cref="Last"/> with <see cref="Before"/> pages backward. Cursors come from an earlier <see cref="NodePage"/> with the same order.
/// </summary>
/// <param name="Kind">Only nodes of this kind; null lists all kinds.</param>
/// <param name="Filter">A condition every listed node meets; null lists all.</param>
/// <param name="Order">Sort keys; empty sorts by name. Ties are always broken by id ascending, so the order is total.</param>
/// <param name="Aggregate">Figures to summarise and fields to count values of over every matching node (not only the page).</param>
public sealed record NodeListQuery(
    NodeKind? Kind,
    NodeFilter? Filter,
    IReadOnlyList<NodeOrder> Order,
    int? First = null,
    string? After = null,
    int? Last = null,
    string? Before = null,
    AggregateRequest? Aggregate = null);
