using GraphQL.Types;
using Her2Graph.Domain.Actionability;
using static Her2Graph.Api.Schema.TypeRefs;

namespace Her2Graph.Api.Schema.Actionability;

internal sealed class ActionabilityTriggersGraphType : ObjectGraphType<ActionabilityTriggers>
{
    public ActionabilityTriggersGraphType()
    {
        Name = "ActionabilityTriggers";
        Description = "The facts a rule used, each with its own citations and status.";
        Field("approvals", NonNullListOf(Ref("Approval"))).Description("Approval nodes the level rests on.").Resolve(c => c.Source.Approvals);
        Field("trials", NonNullListOf(Ref("Trial"))).Description("Trials: the trial of the evidence's arm, the trial that enrolls the variant, the trial a resistance was observed in.").Resolve(c => c.Source.Trials);
        Field("arms", NonNullListOf(Ref("TrialArm"))).Description("Trial arms: the arm whose figures show a response, the arms that give the drug to the enrolled patients.").Resolve(c => c.Source.Arms);
        Field("resistanceMechanisms", NonNullListOf(Ref("ResistanceMechanism"))).Description("Resistance mechanisms that involve the variant or its class.").Resolve(c => c.Source.ResistanceMechanisms);
        Field("relationships", NonNullListOf(Ref("Relationship"))).Description("The relationships the rule read (APPROVED_FOR, APPROVES, IN_DISEASE, SUBTYPE_OF, SENSITIVE_TO, ENROLLS, HAS_ARM, EVALUATES, INVOLVES, CONFERS_RESISTANCE_TO…), besides the coverage path.").Resolve(c => c.Source.Relationships);
    }
}
