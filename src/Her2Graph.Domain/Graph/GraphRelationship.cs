namespace Her2Graph.Domain.Graph;

/// <summary>A directed relationship with its evidence.</summary>
/// <param name="Type">What the relationship says.</param>
/// <param name="FromId">The id of the start node.</param>
/// <param name="ToId">The id of the end node.</param>
/// <param name="Qualifier">
/// Tells apart relationships of one type between the same two nodes (an AE incidence from two trials, a response
/// rate from two cohorts); empty when there is only one.
/// </param>
/// <param name="Properties">Type-specific typed properties (ORR, AE incidence…).</param>
/// <param name="Provenance">Citations (at least one), verification status and evidence level.</param>
public sealed record GraphRelationship(
    RelationshipType Type,
    string FromId,
    string ToId,
    string Qualifier,
    PropertyBag Properties,
    Provenance Provenance)
{
    /// <summary>The identity: an import updates the relationship with the same key and never merges two.</summary>
    public RelationshipKey Key => new(Type, FromId, ToId, Qualifier);

    /// <summary>Audit stamps; null until a store has written the relationship.</summary>
    public AuditStamp? Audit { get; init; }

    /// <summary>True when the curated content (everything but the audit stamps) is the same.</summary>
    public bool Equals(GraphRelationship? other) =>
        other is not null
        && Key == other.Key
        && Properties.Equals(other.Properties)
        && Provenance.Equals(other.Provenance);

    public override int GetHashCode() => Key.GetHashCode();
}
