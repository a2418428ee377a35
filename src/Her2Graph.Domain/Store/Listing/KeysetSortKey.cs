namespace Her2Graph.Domain.Store.Listing;

/// <summary>One ORDER BY key of a listing statement: its expression in the store's language, direction, and whether nodes may lack it.</summary>
public sealed record KeysetSortKey(string Expression, SortDirection Direction, bool Nullable);
