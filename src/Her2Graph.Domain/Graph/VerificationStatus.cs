namespace Her2Graph.Domain.Graph;

/// <summary>How far a fact was checked, carried from the research notes so that users can filter on it.</summary>
public enum VerificationStatus
{
    /// <summary>Checked against a retrieved public source.</summary>
    Verified,

    /// <summary>Well established, not re-checked against a retrieved source.</summary>
    FromKnowledge,

    /// <summary>Doubtful: do not rely on it without checking.</summary>
    Unverified,
}
