using GraphQL.Types;
using Her2Graph.Domain.Variants;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Resolution;

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
