namespace Her2Graph.Domain.Store;

/// <summary>
/// The built-in fields of a relationship a filter, sort key or facet can name (<see cref="FilterScope.Relationship"/>).
/// Any other field name is a property of the relationship (<see cref="Graph.GraphRelationship.Properties"/>).
/// </summary>
public static class RelationshipFields
{
    /// <summary>The verification status in wire form: VERIFIED, FROM_KNOWLEDGE, UNVERIFIED.</summary>
    public const string Status = "status";

    /// <summary>The relationship type in wire form: SENSITIVE_TO, HAS_ADVERSE_EVENT.</summary>
    public const string Type = "type";

    /// <summary>The evidence level in wire form, where one is recorded.</summary>
    public const string EvidenceLevel = "evidenceLevel";
}
