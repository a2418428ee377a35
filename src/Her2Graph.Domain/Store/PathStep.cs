using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>One relationship on a path and whether the path walks it forwards (<see cref="Direction.Outgoing"/>) or backwards.</summary>
public sealed record PathStep(GraphRelationship Relationship, Direction Direction);
