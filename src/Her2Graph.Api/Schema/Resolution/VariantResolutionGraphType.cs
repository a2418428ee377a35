using GraphQL.Types;
using Her2Graph.Domain.Variants;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Resolution;

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
