using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Traversals;

/// <summary>The argument-driven conditions of a traversal field, applied to the neighbours the shared loader fetched.</summary>
internal sealed record TraversalFilter(
    IReadOnlyCollection<RelationshipType> Types,
    Direction Direction,
    NodeKind? Target,
    IReadOnlyCollection<VerificationStatus>? Statuses,
    IReadOnlyDictionary<string, double> Minimums,
    IReadOnlyDictionary<string, string> RelationshipEquals,
    IReadOnlyDictionary<string, string> TargetEquals)
{
    public IReadOnlyList<Neighbour> Apply(IReadOnlyList<Neighbour> neighbours) => neighbours.Where(Matches).ToList();

    private bool Matches(Neighbour neighbour)
    {
        var relationship = neighbour.Relationship;
        return (Types.Count == 0 || Types.Contains(relationship.Type))
            && (Direction == Direction.Both || neighbour.Direction == Direction)
            && (Target is null || neighbour.Node.Kind == Target)
            && (Statuses is null || Statuses.Contains(relationship.Provenance.Status))
            && Minimums.All(m => relationship.Properties.GetNumber(m.Key) >= m.Value)
            && RelationshipEquals.All(e => string.Equals(relationship.Properties.GetText(e.Key), e.Value, StringComparison.OrdinalIgnoreCase))
            && TargetEquals.All(e => string.Equals(neighbour.Node.Properties.GetText(e.Key), e.Value, StringComparison.OrdinalIgnoreCase));
    }
}
