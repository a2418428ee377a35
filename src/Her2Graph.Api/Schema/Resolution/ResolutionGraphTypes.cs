using GraphQL.Types;
using Her2Graph.Domain.Errors;
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

internal sealed class NotationErrorGraphType : ObjectGraphType<NotationError>
{
    public NotationErrorGraphType()
    {
        Name = "NotationError";
        Description = "Why a notation could not be read.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("INVALID_NOTATION.").Resolve(_ => ErrorCodes.InvalidNotation.Code);
        Field(e => e.Position).Description("The 1-based character of the notation where reading stopped.");
        Field(e => e.Message).Description("What was expected there.");
    }
}

internal sealed class VariantMatchGraphType : ObjectGraphType<VariantMatch>
{
    public VariantMatchGraphType()
    {
        Name = "VariantMatch";
        Description = "A curated variant a notation matches.";
        Field("variant", NonNullRef("Variant")).Description("The curated variant.").Resolve(c => c.Source.Variant);
        Field("level", NonNullRef("MatchLevel")).Description("Same DNA change, or same protein change.").Resolve(c => c.Source.Level);
        Field(m => m.MatchedBy).Description("What matched: a cross-reference (HGVS_CODING NM_004448.4:c.2313_2324dup), hgvsProtein or a curated alias.");
        Field("status", NonNullRef("VerificationStatus")).Description("How far the matched fact was checked.").Resolve(c => c.Source.Status);
        Field(m => m.Reason).Description("Why it matches, in words.");
    }
}

internal sealed class ClassPlacementGraphType : ObjectGraphType<ClassPlacement>
{
    public ClassPlacementGraphType()
    {
        Name = "ClassPlacement";
        Description = "A class a variant that is not curated falls into, and the rule that places it there.";
        Field("variantClass", NonNullRef("VariantClass")).Description("The class.").Resolve(c => c.Source.VariantClass);
        Field(p => p.Rule).Description("The rule's name, e.g. EXON20_INFRAME_INSERTION_CODONS_770_831.");
        Field(p => p.Reason).Description("How the variant meets the rule.");
        Field(p => p.Source).Description("Where the rule's range is cited.");
        Field("status", NonNullRef("VerificationStatus")).Description("How far the range was checked.").Resolve(c => c.Source.Status);
    }
}

internal sealed class VariantResolutionGraphType : ObjectGraphType<VariantResolution>
{
    public VariantResolutionGraphType()
    {
        Name = "VariantResolution";
        Description = "The answer for one notation: what it was read as, the curated variants it matches, or the classes a rule places it in, or why it cannot be placed.";
        Field(r => r.Notation).Description("The notation as given.");
        Field("parsed", Ref("ParsedNotation")).Description("What it was read as; null when it could not be read.").Resolve(c => c.Source.Parsed);
        Field("error", Ref("NotationError")).Description("Why it could not be read; null when it was.").Resolve(c => c.Source.Error);
        Field("matches", NonNullListOf(Ref("VariantMatch"))).Description("Curated variants with the same DNA or protein change.").Resolve(c => c.Source.Matches);
        Field("placements", NonNullListOf(Ref("ClassPlacement"))).Description("For a change that is not curated: the classes a rule places it in.").Resolve(c => c.Source.Placements);
        Field(r => r.CannotPlace, nullable: true).Description("For a change that is neither curated nor placed: why no rule can place it.");
    }
}
