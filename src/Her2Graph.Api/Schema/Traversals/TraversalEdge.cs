using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>An edge of a traversal connection: the relationship walked, the node reached, and its cursor.</summary>
internal sealed record TraversalEdge(Neighbour Neighbour, string Cursor);
