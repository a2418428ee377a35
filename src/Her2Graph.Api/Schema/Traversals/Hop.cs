using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>One step of a <see cref="TwoHopTraversal"/>: the relationship type walked, which way, and the kind reached.</summary>
internal sealed record Hop(RelationshipType Type, Direction Direction, NodeKind Kind);
