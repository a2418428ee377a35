using GraphQL.Types;
using Her2Graph.Api.Schema.Relationships;
using Her2Graph.Domain.Actionability;
using Her2Graph.Domain.Graph;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Actionability;

internal sealed class ActionabilityGraphType : ObjectGraphType<ActionabilityFinding>
{
    public ActionabilityGraphType()
    {
        Name = "Actionability";
        Description = $"An AMP/ASCO/CAP 2017 level for a variant–drug pair, computed from the facts of the graph by a named rule ({ActionabilityRules.Reference}), with the facts that triggered it.";
        Field("variant", NonNullRef("Variant")).Description("The variant asked about.").Resolve(c => c.Source.Variant);
        Field("drug", NonNullRef("Drug")).Description("The drug.").Resolve(c => c.Source.Drug);
        Field("level", NonNullRef("ActionabilityLevel")).Description("The level, or UNDETERMINED where the graph cannot decide.").Resolve(c => c.Source.Level);
        Field("direction", NonNullRef("ResponseDirection")).Description("Response or resistance.").Resolve(c => c.Source.Direction);
        Field("rule", NonNullRef("ActionabilityRule")).Description("The rule applied.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<StringGraphType>>("ruleDescription").Description("The Li 2017 words the rule implements, then what in the graph triggers it.")
            .Resolve(c => $"{c.Source.Rule.LiWording}. {c.Source.Rule.Description}");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why, in words, naming the facts, the class that carries them and the weakest fact.").Resolve(c => c.Source.Reason);
        Field("status", NonNullRef("VerificationStatus"))
            .Description("The status of the weakest fact used (coverage path and triggers): a from-knowledge or unverified fact is never promoted.")
            .Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("weakestFact").Description("The key of a node or relationship with that status, the first met: what to check.").Resolve(c => c.Source.WeakestFact);
        Field("coveredBy", NonNullRef("Node")).Description("Where the facts are recorded: the variant itself, or a VariantClass it is a MEMBER_OF (directly or through broader classes).").Resolve(c => c.Source.CoveredBy);
        Field("coveragePath", NonNullListOf(Ref(RelationshipGraphType.NameOf(RelationshipType.MemberOf))))
            .Description("The MEMBER_OF relationships from the variant to coveredBy, in order; empty when the facts are on the variant itself.")
            .Resolve(c => c.Source.CoveragePath);
        Field("triggeredBy", NonNullRef("ActionabilityTriggers")).Description("The approvals, trials, arms, mechanisms and relationships the rule used.").Resolve(c => c.Source.Triggers);
    }
}
