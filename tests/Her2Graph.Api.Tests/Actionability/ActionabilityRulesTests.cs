using Her2Graph.Domain.Actionability;
using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Api.Tests.Actionability;

/// <summary>Each rule of <see cref="ActionabilityRules"/> on a graph built for it.</summary>
public sealed class ActionabilityRulesTests
{
    [Fact]
    public void FdaApproval_ForAClassOfTheVariant_InNsclc_IsLevelA_ThroughTheClassPath()
    {
        var finding = Assert.Single(new RuleGraph().Approval("FDA: testinib", "FDA", RuleGraph.Outer, "nsclc").Evaluate());

        Assert.Equal((ActionabilityLevel.A, ResponseDirection.Sensitivity, "A_FDA_APPROVAL_SAME_TUMOUR"), (finding.Level, finding.Direction, finding.Rule.Name));
        Assert.Equal(RuleGraph.Outer, finding.CoveredBy.Id);
        Assert.Equal([RuleGraph.Class, RuleGraph.Outer], finding.CoveragePath.Select(r => r.ToId));
        Assert.Equal("FDA: testinib", Assert.Single(finding.Triggers.Approvals).Id);
        Assert.Equal([ApprovedFor, Approves, InDisease], finding.Triggers.Relationships.Select(r => r.Type).Order());
    }

    [Fact]
    public void FdaApproval_InASubtypeOfNsclc_IsLevelA_WithTheSubtypeLink()
    {
        var finding = Assert.Single(new RuleGraph().Approval("FDA: testinib", "FDA", RuleGraph.Variant, "nonsquamous-nsclc").Evaluate());

        Assert.Equal(ActionabilityLevel.A, finding.Level);
        Assert.Contains(finding.Triggers.Relationships, r => r.Type == SubtypeOf && r.ToId == "nsclc");
        Assert.Empty(finding.CoveragePath);
    }

    [Fact]
    public void FdaApproval_InAnotherDisease_IsLevelC()
    {
        var finding = Assert.Single(new RuleGraph().Approval("FDA: testinib, breast", "FDA", RuleGraph.Class, "breast-cancer").Evaluate());

        Assert.Equal((ActionabilityLevel.C, "C_FDA_APPROVAL_OTHER_TUMOUR"), (finding.Level, finding.Rule.Name));
    }

    [Theory]
    [InlineData("EUROPEAN_COMMISSION")]
    [InlineData("NMPA")]
    [InlineData("MHLW")]
    public void ApprovalByAnotherAuthority_InNsclc_IsUndetermined_SayingLiNamesTheFda(string authority)
    {
        var finding = Assert.Single(new RuleGraph().Approval("other: testinib", authority, RuleGraph.Class, "nsclc").Evaluate());

        Assert.Equal((ActionabilityLevel.Undetermined, "UNDETERMINED_NON_FDA_APPROVAL"), (finding.Level, finding.Rule.Name));
        Assert.Contains("name FDA approval", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("guidelines", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_WithNoDisease_IsUndetermined()
    {
        var finding = Assert.Single(new RuleGraph().Approval("FDA: testinib, tumour-agnostic", "FDA", RuleGraph.Variant, disease: null).Evaluate());

        Assert.Equal((ActionabilityLevel.Undetermined, "UNDETERMINED_APPROVAL_DISEASE_NOT_RECORDED"), (finding.Level, finding.Rule.Name));
    }

    [Fact]
    public void ClinicalTrialSensitivity_IsLevelC_Investigational_WithItsArmAndTrial()
    {
        var graph = new RuleGraph().Node("T1", NodeKind.Trial).Node("T1: arm", NodeKind.TrialArm).Link(HasArm, "T1", "T1: arm")
            .Link(SensitiveTo, RuleGraph.Class, RuleGraph.Drug, evidence: EvidenceLevel.ClinicalTrial, properties: ("arm", "T1: arm"));

        var finding = Assert.Single(graph.Evaluate());

        Assert.Equal((ActionabilityLevel.C, ResponseDirection.Sensitivity, "C_INVESTIGATIONAL_THERAPY"), (finding.Level, finding.Direction, finding.Rule.Name));
        Assert.Equal(("T1", "T1: arm"), (Assert.Single(finding.Triggers.Trials).Id, Assert.Single(finding.Triggers.Arms).Id));
    }

    [Fact]
    public void RandomizedTrialSensitivity_IsLevelC_AndLevelBUndetermined_ForWantOfConsensus()
    {
        var findings = new RuleGraph().Link(SensitiveTo, RuleGraph.Variant, RuleGraph.Drug, evidence: EvidenceLevel.RandomizedTrial).Evaluate();

        Assert.Equal(["C_INVESTIGATIONAL_THERAPY", "B_CONSENSUS_NOT_RECORDED"], findings.Select(f => f.Rule.Name).OrderBy(n => n == "B_CONSENSUS_NOT_RECORDED"));
        var b = Assert.Single(findings, f => f.Rule.Name == "B_CONSENSUS_NOT_RECORDED");
        Assert.Equal(ActionabilityLevel.Undetermined, b.Level);
        Assert.Contains("consensus", b.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Level == ActionabilityLevel.B);
    }

    [Theory]
    [InlineData(EvidenceLevel.Preclinical, ActionabilityLevel.D, "D_PRECLINICAL_STUDIES")]
    [InlineData(EvidenceLevel.CaseReport, ActionabilityLevel.D, "D_CASE_REPORTS")]
    [InlineData(EvidenceLevel.Observational, ActionabilityLevel.Undetermined, "UNDETERMINED_OBSERVATIONAL_STUDY")]
    [InlineData(EvidenceLevel.Guideline, ActionabilityLevel.Undetermined, "UNDETERMINED_GUIDELINE_NOT_IN_GRAPH")]
    [InlineData(EvidenceLevel.Review, ActionabilityLevel.Undetermined, "UNDETERMINED_EVIDENCE_NOT_GRADED")]
    [InlineData(EvidenceLevel.Curated, ActionabilityLevel.Undetermined, "UNDETERMINED_EVIDENCE_NOT_GRADED")]
    public void Resistance_TakesTheLevelOfItsEvidence_WithDirectionResistance(EvidenceLevel evidence, ActionabilityLevel level, string rule)
    {
        var finding = Assert.Single(new RuleGraph().Link(ResistantTo, RuleGraph.Variant, RuleGraph.Drug, evidence: evidence).Evaluate());

        Assert.Equal((level, ResponseDirection.Resistance, rule), (finding.Level, finding.Direction, finding.Rule.Name));
    }

    [Fact]
    public void Mechanism_InvolvingTheVariant_ThatConfersResistance_PreclinicallyIsLevelD()
    {
        var graph = new RuleGraph().Node("mech", NodeKind.ResistanceMechanism, VerificationStatus.Unverified)
            .Link(Involves, "mech", RuleGraph.Variant, properties: ("role", "ACQUIRED_MUTATION"))
            .Link(ConfersResistanceTo, "mech", RuleGraph.Drug, evidence: EvidenceLevel.Preclinical);

        var finding = Assert.Single(graph.Evaluate());

        Assert.Equal((ActionabilityLevel.D, ResponseDirection.Resistance), (finding.Level, finding.Direction));
        Assert.Equal("mech", Assert.Single(finding.Triggers.ResistanceMechanisms).Id);
        Assert.Equal((VerificationStatus.Unverified, "mech"), (finding.Status, finding.WeakestFact));
    }

    [Fact]
    public void Mechanism_ThatIsTheLossOfTheVariant_GivesNoFinding()
    {
        var graph = new RuleGraph().Node("loss", NodeKind.ResistanceMechanism)
            .Link(Involves, "loss", RuleGraph.Variant, properties: ("role", "LOSS"))
            .Link(ConfersResistanceTo, "loss", RuleGraph.Drug, evidence: EvidenceLevel.ClinicalTrial);

        Assert.Empty(graph.Evaluate());
    }

    [Fact]
    public void TrialEnrollingTheClass_WithAnArmGivingTheDrug_IsLevelC_InclusionCriterion()
    {
        var finding = Assert.Single(new RuleGraph().Trial("T2", RuleGraph.Outer).Evaluate());

        Assert.Equal((ActionabilityLevel.C, "C_TRIAL_INCLUSION_CRITERION"), (finding.Level, finding.Rule.Name));
        Assert.Equal(("T2", "T2: arm"), (Assert.Single(finding.Triggers.Trials).Id, Assert.Single(finding.Triggers.Arms).Id));
        Assert.Equal([Evaluates, Enrolls, HasArm], finding.Triggers.Relationships.Select(r => r.Type).Order());
    }

    [Theory]
    [InlineData("CONTROL")]
    [InlineData("COMPARATOR")]
    public void TrialGivingTheDrugOnlyAsControl_IsNoInclusionCriterionForIt(string role) =>
        Assert.Empty(new RuleGraph().Trial("T3", RuleGraph.Class, role).Evaluate());

    [Fact]
    public void WeakestStatus_IsKept_AndAFromKnowledgeMembershipIsNeverPromoted()
    {
        var finding = Assert.Single(new RuleGraph().Approval("FDA: testinib", "FDA", RuleGraph.Class, "nsclc").Evaluate());

        Assert.Equal(VerificationStatus.FromKnowledge, finding.Status);
        Assert.Equal($"{RuleGraph.Variant}|MEMBER_OF|{RuleGraph.Class}|", finding.WeakestFact);
    }

    [Fact]
    public void OneFact_MetThroughTwoClasses_GivesOneFinding_ThroughTheNearest()
    {
        var graph = new RuleGraph().Link(MemberOf, RuleGraph.Variant, RuleGraph.Outer, evidence: EvidenceLevel.Curated).Trial("T4", RuleGraph.Outer);

        var finding = Assert.Single(graph.Evaluate());

        Assert.Single(finding.CoveragePath);
    }

    [Fact]
    public void Pair_WithNoFacts_GivesNoFinding_AndAnUnknownVariantNone()
    {
        var graph = new RuleGraph().Node("otherinib", NodeKind.Drug).Trial("T5", RuleGraph.Class, drug: "otherinib");

        Assert.Empty(graph.Evaluate());
        Assert.Empty(graph.Evaluate(variant: "ERBB2:unknown", drug: null));
        Assert.Equal("otherinib", Assert.Single(graph.Evaluate(drug: null)).Drug.Id);
    }

    [Fact]
    public void EveryRule_HasAUniqueName_ALiWording_AndADescription()
    {
        Assert.Equal(ActionabilityRules.All.Count, ActionabilityRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(ActionabilityRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.LiWording) || string.IsNullOrWhiteSpace(r.Description), r.Name));
        Assert.All(ActionabilityRules.All, r => Assert.StartsWith(r.Level == ActionabilityLevel.Undetermined && !r.Name.StartsWith('B') ? "UNDETERMINED_" : r.Name[..1] + "_", r.Name, StringComparison.Ordinal));
    }
}
