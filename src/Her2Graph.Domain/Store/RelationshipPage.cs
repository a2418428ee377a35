namespace Her2Graph.Domain.Store;

/// <summary>One page of relationships with their end nodes, in the requested order.</summary>
/// <param name="Rows">The rows with their cursors.</param>
/// <param name="HasNextPage">Rows matching the filter exist after the last one returned.</param>
/// <param name="HasPreviousPage">Rows matching the filter exist before the first one returned.</param>
/// <param name="TotalCount">Rows matching the types and filter, over all pages.</param>
/// <param name="Aggregates">What the query's aggregate asked for, over all pages; null when it asked nothing.</param>
public sealed record RelationshipPage(
    IReadOnlyList<PagedRelationship> Rows, bool HasNextPage, bool HasPreviousPage, int TotalCount, Aggregates? Aggregates = null);
