using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// A field for a relationship a node has exactly one of (an arm's HAS_ARM from its trial, an approval's APPROVES):
/// the node at the other end, not a connection of one edge. Its relationship is still on <c>relationships</c>.
/// </summary>
internal sealed record SingleNeighbour(NodeKind Owner, string Field, string Description, RelationshipType Type, Direction Direction, NodeKind Target);
