using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store.Search;

namespace Her2Graph.Seeding.Validation.Aliases;

/// <summary>
/// An id, name or alias of a node of one kind in the form a lookup compares (<see cref="SearchText.Squash"/>: lower
/// case, letters and digits only), so <c>T-DXd</c> and <c>tdxd</c> are one key.
/// </summary>
public readonly record struct NameKey(NodeKind Kind, string Key)
{
    public static NameKey Of(NodeKind kind, string text) => new(kind, SearchText.Squash(text));

    /// <summary>The distinct non-empty keys of a node: its id, name and aliases.</summary>
    public static IEnumerable<NameKey> Of(GraphNode node) =>
        new[] { node.Id, node.Name }.Concat(node.Aliases).Select(text => Of(node.Kind, text)).Where(k => k.Key.Length > 0).Distinct();
}
