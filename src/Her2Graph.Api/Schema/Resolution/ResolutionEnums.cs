using Her2Graph.Domain.Variants;

namespace Her2Graph.Api.Schema.Resolution;

internal sealed class NotationKindGraphType : WireNameEnumerationGraphType<NotationKind>
{
    public NotationKindGraphType()
    {
        Name = "NotationKind";
        Description = "What a notation describes: a PROTEIN change (p.), a CODING DNA change (c. on NM_004448.4) or a GENOMIC change (g. or a chromosome position).";
    }
}

internal sealed class GenomeBuildGraphType : WireNameEnumerationGraphType<GenomeBuild>
{
    public GenomeBuildGraphType()
    {
        Name = "GenomeBuild";
        Description = "The genome build of a genomic position: GRCH38 (NC_000017.11) or GRCH37 (NC_000017.10).";
    }
}

internal sealed class MatchLevelGraphType : WireNameEnumerationGraphType<MatchLevel>
{
    public MatchLevelGraphType()
    {
        Name = "MatchLevel";
        Description = "SAME_DNA_CHANGE: the curated allele itself; SAME_PROTEIN_CHANGE: the curated protein change, from a protein notation or another allele that gives it.";
    }
}
