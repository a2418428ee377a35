using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>A request for paths between two nodes.</summary>
/// <param name="FromId">Start node.</param>
/// <param name="ToId">End node.</param>
/// <param name="MaxHops">Longest path, in relationships (1 to <see cref="MaxHopsLimit"/>).</param>
/// <param name="Types">Relationship types a path may use; null or empty allows all.</param>
/// <param name="Limit">How many paths at most.</param>
public sealed record PathQuery(string FromId, string ToId, int MaxHops, IReadOnlyCollection<RelationshipType>? Types, int Limit)
{
    /// <summary>Paths longer than this are not searched: the number of paths grows exponentially with length.</summary>
    public const int MaxHopsLimit = 6;
}
