using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// One relationship of a node, with the node at its other end. Within one origin, neighbours are ordered by
/// relationship type wire name, then the other node's name, then its id, then the relationship's qualifier.
/// </summary>
/// <param name="OriginId">The node the traversal started at.</param>
/// <param name="Direction"><see cref="Store.Direction.Outgoing"/> when the origin is the relationship's start.</param>
/// <param name="Relationship">The relationship with its properties and provenance.</param>
/// <param name="Node">The node at the other end.</param>
public sealed record Neighbour(string OriginId, Direction Direction, GraphRelationship Relationship, GraphNode Node);
