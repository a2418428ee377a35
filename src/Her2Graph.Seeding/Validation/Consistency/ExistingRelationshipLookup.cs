using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>
/// Finds the relationships outside a batch (in a store) of the given types that start or end at any of the ids, for
/// the consistency rules. Called a few times per validation (once per step away from the batch, at most
/// <see cref="EvidenceNeighbourhood.MaxSteps"/>), each time with every id of that step.
/// </summary>
public delegate Task<IReadOnlyList<GraphRelationship>> ExistingRelationshipLookup(
    IReadOnlyCollection<string> ids, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken);
