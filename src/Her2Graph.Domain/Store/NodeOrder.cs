namespace Her2Graph.Domain.Store;

/// <summary>
/// One sort key: <c>id</c>, <c>name</c> or the name of a scalar property. Nodes without the property sort after
/// all nodes that have it, in both directions.
/// </summary>
public sealed record NodeOrder(string Field, SortDirection Direction = SortDirection.Ascending)
{
    public static NodeOrder ByName { get; } = new(NodeFields.Name);

    public override string ToString() => $"{Field}:{(Direction == SortDirection.Ascending ? "asc" : "desc")}";
}
