using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A page request over relationships with both end nodes (the evidence list), Relay style like <see cref="NodeListQuery"/>:
/// <see cref="First"/> with <see cref="After"/> pages forward, <see cref="Last"/> with <see cref="Before"/> backward.
/// </summary>
/// <param name="Types">Only relationships of these types; empty lists every type.</param>
/// <param name="Filter">
/// A condition every listed row meets, over <see cref="FilterScope.Relationship"/>, <see cref="FilterScope.From"/>
/// and <see cref="FilterScope.To"/> (comparisons, and links of an end node); null lists all.
/// </param>
/// <param name="Order">
/// Sort keys on the relationship, an end node or the end of a kind (<see cref="NodeOrder.EndKind"/>); empty sorts by
/// type. Ties are always broken by the relationship key ascending, so the order is total.
/// </param>
/// <param name="Aggregate">Figures to summarise and fields to count values of over every matching row (not only the page).</param>
public sealed record RelationshipListQuery(
    IReadOnlyList<RelationshipType> Types,
    NodeFilter? Filter,
    IReadOnlyList<NodeOrder> Order,
    int? First = null,
    string? After = null,
    int? Last = null,
    string? Before = null,
    AggregateRequest? Aggregate = null)
{
    /// <summary>The order when none is given: by relationship type (wire name).</summary>
    public static NodeOrder ByType { get; } = new(RelationshipFields.Type, SortDirection.Ascending, FilterScope.Relationship);
}
