using GraphQL.Types;
using Her2Graph.Domain.Actionability;

namespace Her2Graph.Api.Schema.Actionability;

internal sealed class ActionabilityLevelGraphType : EnumerationGraphType
{
    public ActionabilityLevelGraphType()
    {
        Name = "ActionabilityLevel";
        Description = $"AMP/ASCO/CAP 2017 level of evidence of a therapeutic biomarker ({ActionabilityRules.Reference}).";
        Add("A", ActionabilityLevel.A, "Level A: an FDA-approved therapy, or one in professional guidelines, for this type of tumour.");
        Add("B", ActionabilityLevel.B, "Level B: well-powered studies with consensus from experts in the field (never given: the graph records no consensus).");
        Add("C", ActionabilityLevel.C, "Level C: FDA-approved for a different type of tumour, investigational therapies, multiple small studies with some consensus, or an inclusion criterion of clinical trials.");
        Add("D", ActionabilityLevel.D, "Level D: preclinical studies or a few case reports.");
        Add("UNDETERMINED", ActionabilityLevel.Undetermined, "The graph cannot decide: the reason says what is not recorded (guidelines, consensus, an approval's tumour type).");
    }
}
