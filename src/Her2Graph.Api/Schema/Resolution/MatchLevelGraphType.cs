using Her2Graph.Domain.Variants;

namespace Her2Graph.Api.Schema.Resolution;

internal sealed class MatchLevelGraphType : WireNameEnumerationGraphType<MatchLevel>
{
    public MatchLevelGraphType()
    {
        Name = "MatchLevel";
        Description = "SAME_DNA_CHANGE: the curated allele itself; SAME_PROTEIN_CHANGE: the curated protein change, from a protein notation or another allele that gives it.";
    }
}
