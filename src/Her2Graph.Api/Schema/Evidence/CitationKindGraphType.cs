using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Evidence;

internal sealed class CitationKindGraphType : WireNameEnumerationGraphType<CitationKind>
{
    public CitationKindGraphType()
    {
        Name = "CitationKind";
        Description = "The kind of source a citation names.";
    }
}
