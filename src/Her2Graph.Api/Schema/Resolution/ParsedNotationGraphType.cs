using GraphQL.Types;
using Her2Graph.Domain.Variants;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Resolution;

internal sealed class ParsedNotationGraphType : ObjectGraphType<ParsedNotation>
{
    public ParsedNotationGraphType()
    {
        Name = "ParsedNotation";
        Description = "What a notation was read as.";
        Field("kind", NonNullRef("NotationKind")).Description("Protein, coding DNA or genomic.").Resolve(c => c.Source.Kind);
        Field(p => p.Gene).Description("The gene: ERBB2 unless the notation named another.");
        Field(p => p.Reference).Description("The reference sequence: NP_004439.2, NM_004448.4, NC_000017.11 or NC_000017.10.");
        Field("build", Ref("GenomeBuild")).Description("The genome build of a genomic notation.").Resolve(c => c.Source.Build);
        Field(p => p.Normalised).Description("The normalised HGVS form that equal changes share, e.g. NP_004439.2:p.Tyr772_Ala775dup, NM_004448.4:c.2313_2324dup.");
        Field(p => p.Notes).Description("What the reader assumed, e.g. GRCh38 for a chromosome position without a build.");
    }
}
