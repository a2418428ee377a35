using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>A node in a page, with the opaque cursor that points at it.</summary>
public sealed record PagedNode(GraphNode Node, string Cursor);
