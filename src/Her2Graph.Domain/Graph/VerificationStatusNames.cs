namespace Her2Graph.Domain.Graph;

/// <summary>The wire names of verification statuses (VERIFIED, FROM_KNOWLEDGE, UNVERIFIED), as stores keep them and filters name them.</summary>
public static class VerificationStatusNames
{
    public static string ToWireName(this VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => "VERIFIED",
        VerificationStatus.FromKnowledge => "FROM_KNOWLEDGE",
        VerificationStatus.Unverified => "UNVERIFIED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static VerificationStatus ParseWireName(string name) => name switch
    {
        "VERIFIED" => VerificationStatus.Verified,
        "FROM_KNOWLEDGE" => VerificationStatus.FromKnowledge,
        "UNVERIFIED" => VerificationStatus.Unverified,
        _ => throw new FormatException($"unknown verification status '{name}'"),
    };
}
