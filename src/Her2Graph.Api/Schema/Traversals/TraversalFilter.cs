using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>The argument-driven conditions of a traversal field, applied to the neighbours the shared loader fetched.</summary>
/// <param name="Minimums">Lowest values of figures of the relationship walked.</param>
/// <param name="TargetMinimums">Lowest values of figures of the node reached (a trial arm's orrPercent).</param>
/// <param name="TargetEquals">Text or choice properties of the node reached and the value each must have (ignoring case).</param>
internal sealed record TraversalFilter(
    IReadOnlyCollection<RelationshipType> Types,
    Direction Direction,
    NodeKind? Target,
    IReadOnlyCollection<VerificationStatus>? Statuses,
    IReadOnlyDictionary<string, double> Minimums,
    IReadOnlyDictionary<string, double> TargetMinimums,
    IReadOnlyDictionary<string, string> TargetEquals)
{
    private static readonly Dictionary<string, double> NoMinimums = [];
    private static readonly Dictionary<string, string> NoEquals = [];

    /// <summary>Only the shape of the walk: types, direction, the kind reached.</summary>
    public static TraversalFilter Walk(IReadOnlyCollection<RelationshipType> types, Direction direction, NodeKind? target, IReadOnlyCollection<VerificationStatus>? statuses = null) =>
        new(types, direction, target, statuses, NoMinimums, NoMinimums, NoEquals);

    public IReadOnlyList<Neighbour> Apply(IReadOnlyList<Neighbour> neighbours) => neighbours.Where(Matches).ToList();

    private bool Matches(Neighbour neighbour)
    {
        var relationship = neighbour.Relationship;
        var node = neighbour.Node;
        return (Types.Count == 0 || Types.Contains(relationship.Type))
            && (Direction == Direction.Both || neighbour.Direction == Direction)
            && (Target is null || node.Kind == Target)
            && (Statuses is null || Statuses.Contains(relationship.Provenance.Status))
            && Minimums.All(m => relationship.Properties.GetNumber(m.Key) >= m.Value)
            && TargetMinimums.All(m => node.Properties.GetNumber(m.Key) >= m.Value)
            && TargetEquals.All(e => string.Equals(node.Properties.GetText(e.Key), e.Value, StringComparison.OrdinalIgnoreCase));
    }
}
