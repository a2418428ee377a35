using Her2Graph.Api.Schema.Paging;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>One page of a traversal connection, with the count and aggregates over all its pages.</summary>
internal sealed record TraversalPage(IReadOnlyList<TraversalEdge> Edges, PageInfo PageInfo, int TotalCount, Aggregates? Aggregates = null);
