using GraphQL.Types;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Lookups;

internal sealed class NameMatchGraphType : ObjectGraphType<NameMatch>
{
    public NameMatchGraphType()
    {
        Name = "NameMatch";
        Description = "The answer for one name of resolve(names:): every node the name matches in the strongest tier it matches in, and that tier.";
        Field(m => m.Name).Description("The name as given.");
        Field("matches", NonNullListOf(Ref("Node")))
            .Description("Every node of that tier, in key order: several when the name is shared (an alias of a variant and of a resistance mechanism); empty when nothing matches.")
            .Resolve(c => c.Source.Nodes);
        Field("matchedBy", Ref("MatchedBy")).Description("The tier the matches come from; null when nothing matches.").Resolve(c => c.Source.MatchedBy);
    }
}
