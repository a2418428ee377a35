using Her2Graph.Domain.Variants;

namespace Her2Graph.Api.Schema.Resolution;

internal sealed class GenomeBuildGraphType : WireNameEnumerationGraphType<GenomeBuild>
{
    public GenomeBuildGraphType()
    {
        Name = "GenomeBuild";
        Description = "The genome build of a genomic position: GRCH38 (NC_000017.11) or GRCH37 (NC_000017.10).";
    }
}
