using Her2Graph.Api.Schema.Paging;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>One page of a traversal connection.</summary>
internal sealed record TraversalPage(IReadOnlyList<TraversalEdge> Edges, PageInfo PageInfo, int TotalCount);
