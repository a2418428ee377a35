namespace Her2Graph.Domain.Store;

/// <summary>Sort direction.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
