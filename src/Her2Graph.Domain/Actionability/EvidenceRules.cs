using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Domain.Actionability;

/// <summary>
/// Levels from the evidence level of a response or resistance: SENSITIVE_TO / RESISTANT_TO from a covering node, and
/// CONFERS_RESISTANCE_TO from a resistance mechanism that INVOLVES a covering node (in any role but LOSS: a mechanism
/// that is the loss of the alteration says nothing of tumours that have it).
/// </summary>
internal static class EvidenceRules
{
    public static IEnumerable<Candidate> Apply(ActionabilityGraph graph, CoveringNode cover, Func<GraphNode, bool> wanted, FindingFactory factory)
    {
        foreach (var (type, direction) in new[] { (SensitiveTo, ResponseDirection.Sensitivity), (ResistantTo, ResponseDirection.Resistance) })
        {
            foreach (var response in graph.Outgoing(cover.Node.Id, type))
            {
                if (graph.Node(response.ToId) is not { } drug || !wanted(drug)) continue;
                var arm = response.Properties.GetText("arm") is { } armId ? graph.Node(armId) : null;
                var hasArm = arm is null ? null : graph.Incoming(arm.Id, HasArm).FirstOrDefault();
                var trial = hasArm is null ? null : graph.Node(hasArm.FromId);
                var triggers = new ActionabilityTriggers([], trial is null ? [] : [trial], arm is null ? [] : [arm], [], hasArm is null ? [response] : [response, hasArm]);
                var what = $"{cover.Node.Name} {type.ToWireName()} {drug.Name}" + (arm is null ? "" : $" (arm {arm.Name})");
                foreach (var candidate in ByEvidence(response, what, drug, direction, cover, triggers, factory)) yield return candidate;
            }
        }

        foreach (var involves in graph.Incoming(cover.Node.Id, Involves))
        {
            if (string.Equals(involves.Properties.GetText("role"), "LOSS", StringComparison.OrdinalIgnoreCase)) continue;
            if (graph.Node(involves.FromId) is not { Kind: NodeKind.ResistanceMechanism } mechanism) continue;
            foreach (var confers in graph.Outgoing(mechanism.Id, ConfersResistanceTo))
            {
                if (graph.Node(confers.ToId) is not { } drug || !wanted(drug)) continue;
                var trial = confers.Properties.GetText("observedIn") is { } trialId ? graph.Node(trialId) : null;
                var triggers = new ActionabilityTriggers([], trial is null ? [] : [trial], [], [mechanism], [involves, confers]);
                var what = $"the resistance mechanism {mechanism.Name} INVOLVES {cover.Node.Name} and CONFERS_RESISTANCE_TO {drug.Name}"
                           + (trial is null ? "" : $" (observed in {trial.Name})");
                foreach (var candidate in ByEvidence(confers, what, drug, ResponseDirection.Resistance, cover, triggers, factory)) yield return candidate;
            }
        }
    }

    private static IEnumerable<Candidate> ByEvidence(
        GraphRelationship evidence, string what, GraphNode drug, ResponseDirection direction, CoveringNode cover, ActionabilityTriggers triggers, FindingFactory factory)
    {
        var key = evidence.Key.ToString();
        var level = evidence.Provenance.EvidenceLevel;
        Candidate Make(ActionabilityRule rule, string why) => factory.Make(key, drug, rule, direction, $"{Capitalised(what)}: {why}", cover, triggers);

        switch (level)
        {
            case EvidenceLevel.RandomizedTrial:
                yield return Make(ActionabilityRules.InvestigationalTherapy, "randomized-trial evidence of an investigational use (Li 2017 level C).");
                yield return Make(ActionabilityRules.ConsensusNotRecorded,
                    "randomized-trial evidence may be a well-powered study, but level B also needs consensus from experts in the field, which the graph does not record: undetermined.");
                break;
            case EvidenceLevel.ClinicalTrial:
                yield return Make(ActionabilityRules.InvestigationalTherapy, "clinical-trial evidence of an investigational use (Li 2017 level C).");
                break;
            case EvidenceLevel.Preclinical:
                yield return Make(ActionabilityRules.PreclinicalStudies, "preclinical evidence (Li 2017 level D).");
                break;
            case EvidenceLevel.CaseReport:
                yield return Make(ActionabilityRules.CaseReports, "case-report evidence (Li 2017 level D).");
                break;
            case EvidenceLevel.Observational:
                yield return Make(ActionabilityRules.ObservationalStudy,
                    "observational evidence: Li 2017 puts multiple small studies with some consensus at C and a few case reports at D; the graph records neither the number of studies nor consensus, so undetermined.");
                break;
            case EvidenceLevel.Guideline:
                yield return Make(ActionabilityRules.GuidelineNotInGraph,
                    "guideline evidence, but the graph has no guideline node: which guideline, for which tumour type and what it recommends cannot be checked, so undetermined.");
                break;
            default:
                yield return Make(ActionabilityRules.EvidenceNotGraded,
                    $"its evidence level is {(level is null ? "not given" : level.Value.ToWireName())}, which is no Li 2017 category (an approval counts only as an Approval node), so undetermined.");
                break;
        }
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
