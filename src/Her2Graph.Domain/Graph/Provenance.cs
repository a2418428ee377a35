namespace Her2Graph.Domain.Graph;

/// <summary>Where a fact comes from and how far it was checked.</summary>
/// <param name="Citations">The sources, in the order the curator gave them. Required on every relationship.</param>
/// <param name="Status">How far the fact was checked.</param>
/// <param name="StatusNote">Free text qualifying the status, for example which figure was not re-checked.</param>
/// <param name="EvidenceLevel">The strongest kind of evidence behind a relationship; null where it does not apply.</param>
public sealed record Provenance(
    IReadOnlyList<Citation> Citations,
    VerificationStatus Status,
    string? StatusNote = null,
    EvidenceLevel? EvidenceLevel = null)
{
    /// <summary>Value equality over the citation list, so that an unchanged import is recognised as unchanged.</summary>
    public bool Equals(Provenance? other) =>
        other is not null
        && Status == other.Status
        && StatusNote == other.StatusNote
        && EvidenceLevel == other.EvidenceLevel
        && Citations.SequenceEqual(other.Citations);

    public override int GetHashCode() => HashCode.Combine(Status, StatusNote, EvidenceLevel, Citations.Count);
}
