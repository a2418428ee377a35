using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Evidence;

internal sealed class VerificationStatusGraphType : WireNameEnumerationGraphType<VerificationStatus>
{
    public VerificationStatusGraphType()
    {
        Name = "VerificationStatus";
        Description = "How far a fact was checked: VERIFIED against a retrieved source, FROM_KNOWLEDGE (well established, not re-checked), or UNVERIFIED (doubtful).";
    }
}
