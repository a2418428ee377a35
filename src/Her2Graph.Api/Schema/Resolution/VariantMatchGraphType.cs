using GraphQL.Types;
using Her2Graph.Domain.Variants;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Resolution;

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
