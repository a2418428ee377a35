using GraphQL;
using GraphQL.Types;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>
/// The filter arguments of one traversal field (one- or two-hop) and the <see cref="TraversalFilter"/> they make: a
/// <c>min…</c> argument per percentage of the relationship walked and of the node reached (a trial arm's results live
/// on the arm), and equality on the node's properties the traversal names.
/// </summary>
internal sealed class TraversalConditions
{
    private readonly IReadOnlyList<PropertyDefinition> _minimums;
    private readonly IReadOnlyList<PropertyDefinition> _targetMinimums;
    private readonly IReadOnlyList<PropertyDefinition> _targetEquals;
    private readonly NodeKind? _target;

    public TraversalConditions(IReadOnlyCollection<RelationshipType> types, NodeKind? target, IReadOnlyList<string>? targetFilters)
    {
        _target = target;
        _minimums = types.SelectMany(t => RelationshipTypes.Get(t).Properties).Where(p => p.Type == PropertyType.Percent).DistinctBy(p => p.Name).ToList();
        var targetProperties = target is { } kind ? NodeKinds.Get(kind).Properties : [];
        // A figure of the same name on both sides is the relationship's: its argument is already there.
        _targetMinimums = targetProperties.Where(p => p.Type == PropertyType.Percent && _minimums.All(m => m.Name != p.Name)).ToList();
        _targetEquals = (targetFilters ?? [])
            .Select(name => targetProperties.FirstOrDefault(p => p.Name == name)
                            ?? throw new ArgumentException($"{target} has no property {name} to filter on", nameof(targetFilters)))
            .ToList();
    }

    public IEnumerable<QueryArgument> Arguments()
    {
        yield return TraversalArguments.StatusArgument();
        foreach (var property in _minimums) yield return TraversalArguments.MinimumArgument(property, "relationship");
        foreach (var property in _targetMinimums) yield return TraversalArguments.MinimumArgument(property, "node");
        foreach (var property in _targetEquals) yield return TraversalArguments.EqualsArgument(property, _target!.Value);
    }

    public TraversalFilter FilterOf(IResolveFieldContext context, IReadOnlyCollection<RelationshipType> types, Direction direction) =>
        new(
            types,
            direction,
            _target,
            TraversalArguments.StatusOf(context),
            TraversalArguments.MinimumsOf(context, _minimums),
            TraversalArguments.MinimumsOf(context, _targetMinimums),
            TraversalArguments.EqualsOf(context, _targetEquals));
}
