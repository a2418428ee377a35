namespace Her2Graph.Domain.Store;

/// <summary>One page of nodes in the requested order.</summary>
/// <param name="Nodes">The nodes with their cursors.</param>
/// <param name="HasNextPage">Nodes matching the filter exist after the last one returned.</param>
/// <param name="HasPreviousPage">Nodes matching the filter exist before the first one returned.</param>
/// <param name="TotalCount">Nodes matching the kind and filter, over all pages.</param>
/// <param name="Aggregates">What the query's aggregate asked for, over all pages; null when it asked nothing.</param>
public sealed record NodePage(IReadOnlyList<PagedNode> Nodes, bool HasNextPage, bool HasPreviousPage, int TotalCount, Aggregates? Aggregates = null);
