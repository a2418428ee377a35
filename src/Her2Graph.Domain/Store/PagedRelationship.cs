using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>A relationship in a page with the nodes it starts and ends at, and the opaque cursor that points at it.</summary>
public sealed record PagedRelationship(GraphRelationship Relationship, GraphNode From, GraphNode To, string Cursor);
