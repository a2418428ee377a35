using Her2Graph.Api.Schema.Traversals;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Filtering;

/// <summary>
/// The relationships of a kind that filters and sort keys can count (<c>approvals: { some: … }</c>,
/// <c>APPROVALS_COUNT</c>): the one-hop traversals of <see cref="Traversals.Traversals"/>, their own relationships
/// only (a variant's classes' evidence is not counted as the variant's).
/// </summary>
internal static class CountableLinks
{
    public static IEnumerable<Traversal> Countable(NodeKind kind) => Traversals.Traversals.Of(kind);

    public static LinkPattern? Of(NodeKind? kind, string field) =>
        kind is { } k && Countable(k).FirstOrDefault(t => t.Field == field) is { } traversal ? PatternOf(traversal) : null;

    public static LinkPattern PatternOf(Traversal traversal) => new(traversal.Types, traversal.Direction, traversal.Target);

    /// <summary>The sort-key name of a count (<c>approvalsCount</c>), also its order field's internal value.</summary>
    public static string CountField(Traversal traversal) => traversal.Field + "Count";

    /// <summary>The traversal a count sort key names, or null when the field is not a count.</summary>
    public static Traversal? OfCountField(NodeKind kind, string field) => Countable(kind).FirstOrDefault(t => CountField(t) == field);
}
