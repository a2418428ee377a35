using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Evidence;

internal sealed class EvidenceLevelGraphType : WireNameEnumerationGraphType<EvidenceLevel>
{
    public EvidenceLevelGraphType()
    {
        Name = "EvidenceLevel";
        Description = "The strongest kind of evidence behind a relationship, from regulatory approval down to curation.";
    }
}
