using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// A simple path (no node twice): <see cref="Nodes"/> has one more element than <see cref="Steps"/>; step i joins
/// node i and node i+1. Paths are ordered by length, then by their node ids, then relationship keys, as text.
/// </summary>
public sealed record GraphPath(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<PathStep> Steps);
