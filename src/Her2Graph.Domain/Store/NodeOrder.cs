using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// One sort key: <c>id</c>, <c>name</c>, <c>status</c> or the name of a scalar property, of the node or (in a
/// traversal) of the relationship walked, or (in a relationship listing) of the relationship or an end node; or, with
/// <paramref name="Counted"/>, the number of the node's relationships that fit a pattern (<c>approvalsCount</c>, named
/// by <paramref name="Field"/>). Rows without the value sort after all rows that have it, in both directions.
/// </summary>
/// <param name="EndKind">
/// In a relationship listing, the field of whichever end node is of this kind (the start when both are), with
/// <paramref name="Scope"/> <see cref="FilterScope.Node"/>; rows with no end of the kind lack the value.
/// </param>
public sealed record NodeOrder(
    string Field,
    SortDirection Direction = SortDirection.Ascending,
    FilterScope Scope = FilterScope.Node,
    LinkPattern? Counted = null,
    NodeKind? EndKind = null)
{
    public static NodeOrder ByName { get; } = new(NodeFields.Name);

    /// <summary>A key on the field of the end node of <paramref name="kind"/> in a relationship listing.</summary>
    public static NodeOrder AtEnd(NodeKind kind, string field, SortDirection direction = SortDirection.Ascending) => new(field, direction, EndKind: kind);

    public override string ToString()
    {
        var field = Counted is not null ? $"count({Field})" : new FieldRef(Scope, Field, EndKind).ToString();
        return $"{field}:{(Direction == SortDirection.Ascending ? "asc" : "desc")}";
    }
}
