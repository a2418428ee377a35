using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation.Consistency;

/// <summary>A relationship as the consistency rules see it: its ends, and where it is written when it is in the batch.</summary>
/// <param name="Location">The record's location; null for a relationship already in the store.</param>
/// <param name="Arm">The <c>arm</c> a SENSITIVE_TO or RESISTANT_TO of the batch names, and where.</param>
internal sealed record EvidenceLink(RelationshipKey Key, string? Location, Located<string>? Arm = null)
{
    public RelationshipType Type => Key.Type;

    public string From => Key.FromId;

    public string To => Key.ToId;

    public bool InBatch => Location is not null;

    /// <summary>Where the record is, for a message about another record: its location, or the graph.</summary>
    public string Where => Location is null ? "in the graph" : $"at {Location}";
}
