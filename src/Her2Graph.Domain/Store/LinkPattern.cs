using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// Relationships of a node that a traversal walks, a filter counts or a sort key counts: of these types, this way,
/// to nodes of this kind, meeting a condition on the edge (the relationship and the node at its other end).
/// </summary>
/// <param name="Types">Relationship types; empty means every type.</param>
/// <param name="Direction">Which way from the node.</param>
/// <param name="Target">The kind of the node at the other end; null for any.</param>
/// <param name="Where">A condition on each edge; null for none.</param>
public sealed record LinkPattern(IReadOnlyList<RelationshipType> Types, Direction Direction, NodeKind? Target = null, NodeFilter? Where = null)
{
    /// <summary>Every relationship, either way.</summary>
    public static LinkPattern All { get; } = new([], Direction.Both);

    /// <summary>Whether the pattern walks relationships of this type this way.</summary>
    public bool Walks(RelationshipType type, Direction direction) =>
        (Types.Count == 0 || Types.Contains(type)) && (Direction == Direction.Both || Direction == direction);
}
