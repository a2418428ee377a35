namespace Her2Graph.Domain.Store;

/// <summary>
/// One sort key: <c>id</c>, <c>name</c>, <c>status</c> or the name of a scalar property, of the node or (in a
/// traversal) of the relationship walked; or, with <paramref name="Counted"/>, the number of the node's relationships
/// that fit a pattern (<c>approvalsCount</c>, named by <paramref name="Field"/>). Rows without the value sort after
/// all rows that have it, in both directions.
/// </summary>
public sealed record NodeOrder(
    string Field,
    SortDirection Direction = SortDirection.Ascending,
    FilterScope Scope = FilterScope.Node,
    LinkPattern? Counted = null)
{
    public static NodeOrder ByName { get; } = new(NodeFields.Name);

    public override string ToString()
    {
        var field = Counted is not null ? $"count({Field})" : Scope == FilterScope.Relationship ? "r." + Field : Field;
        return $"{field}:{(Direction == SortDirection.Ascending ? "asc" : "desc")}";
    }
}
