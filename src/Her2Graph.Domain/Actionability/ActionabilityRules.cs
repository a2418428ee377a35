using static Her2Graph.Domain.Actionability.ActionabilityLevel;

namespace Her2Graph.Domain.Actionability;

/// <summary>
/// The rules that place a variant–drug pair at an AMP/ASCO/CAP 2017 level from the facts of the graph (Li MM et al.,
/// J Mol Diagn 2017;19:4-23, PMID:27993330, DOI:10.1016/j.jmoldx.2016.10.002). Table 3 (therapeutic column) gives A, B,
/// C and D; Figure 2 adds "investigational therapies" and "a few case reports" to C and D. What a level needs and the
/// graph does not record (professional guidelines, expert consensus, an approval's tumour type) gives an
/// UNDETERMINED finding that says so: the rules never guess.
/// </summary>
public static class ActionabilityRules
{
    public const string Reference = "Li MM et al. J Mol Diagn 2017;19:4-23 (PMID:27993330, DOI:10.1016/j.jmoldx.2016.10.002)";

    /// <summary>Li 2017 Table 3, level A 1: "Biomarkers that predict response or resistance to FDA-approved therapies for a specific type of tumor".</summary>
    public static ActionabilityRule FdaApprovalSameTumour { get; } = new(
        "A_FDA_APPROVAL_SAME_TUMOUR", A,
        "Level A: biomarkers that predict response or resistance to FDA-approved therapies for a specific type of tumor (Table 3)",
        "An Approval with authority FDA APPROVES the drug, is APPROVED_FOR the variant or a class it is a MEMBER_OF, and is IN_DISEASE the tumour type (NSCLC) or a SUBTYPE_OF it.");

    /// <summary>Li 2017 Table 3, level C 1: "… therapies approved by the FDA or professional societies for a different type of tumor".</summary>
    public static ActionabilityRule FdaApprovalOtherTumour { get; } = new(
        "C_FDA_APPROVAL_OTHER_TUMOUR", C,
        "Level C: biomarkers that predict response or resistance to therapies approved by the FDA or professional societies for a different type of tumor (Table 3)",
        "An FDA Approval of the drug APPROVED_FOR the variant or its class IN_DISEASE a disease that is neither the tumour type nor a subtype of it.");

    /// <summary>Li 2017 names the FDA; an approval by another regulator is not level A or C by its words.</summary>
    public static ActionabilityRule NonFdaApproval { get; } = new(
        "UNDETERMINED_NON_FDA_APPROVAL", Undetermined,
        "Levels A and C name FDA approval (Table 3); an approval by another regulator is not among Li 2017's criteria",
        "An Approval by another authority (European Commission, NMPA, MHLW…) of the drug for the variant or its class: no level by Li 2017's FDA wording; whether a guideline lists the use (level A 2) is not in the graph.");

    /// <summary>Without the approval's disease the rule cannot tell level A (this tumour type) from C (another one).</summary>
    public static ActionabilityRule ApprovalDiseaseNotRecorded { get; } = new(
        "UNDETERMINED_APPROVAL_DISEASE_NOT_RECORDED", Undetermined,
        "Level A needs the approval to be for this type of tumor, level C for a different one (Table 3)",
        "An Approval of the drug for the variant or its class with no IN_DISEASE (a tumour-agnostic approval, say): the indication text is not parsed, so the tumour type is unknown.");

    /// <summary>Li 2017 Table 3, level B: "… well-powered studies with consensus from experts in the field"; the graph records no consensus.</summary>
    public static ActionabilityRule ConsensusNotRecorded { get; } = new(
        "B_CONSENSUS_NOT_RECORDED", Undetermined,
        "Level B: biomarkers that predict response or resistance to therapies for a specific type of tumor based on well-powered studies with consensus from experts in the field (Table 3)",
        "SENSITIVE_TO / RESISTANT_TO / CONFERS_RESISTANCE_TO with randomized-trial evidence: the study may be well powered, but expert consensus is not recorded in the graph, so level B is undetermined.");

    /// <summary>Li 2017 Figure 2, level C: "… investigational therapies"; the evidence is a clinical trial of the drug.</summary>
    public static ActionabilityRule InvestigationalTherapy { get; } = new(
        "C_INVESTIGATIONAL_THERAPY", C,
        "Level C: FDA-approved therapies for different tumor types or investigational therapies (Figure 2)",
        "SENSITIVE_TO / RESISTANT_TO (or a resistance mechanism involving the variant that CONFERS_RESISTANCE_TO the drug) with clinical-trial or randomized-trial evidence.");

    /// <summary>Li 2017 Table 3, level C 2: "Biomarkers that serve as inclusion criteria for clinical trials".</summary>
    public static ActionabilityRule TrialInclusionCriterion { get; } = new(
        "C_TRIAL_INCLUSION_CRITERION", C,
        "Level C: biomarkers that serve as inclusion criteria for clinical trials (Table 3)",
        "A Trial ENROLLS the variant or its class (or an arm STUDIES it) and an arm of the trial EVALUATES the drug in a role other than control or comparator.");

    /// <summary>Li 2017 Table 3, level D: "Biomarkers that show plausible therapeutic significance based on preclinical studies".</summary>
    public static ActionabilityRule PreclinicalStudies { get; } = new(
        "D_PRECLINICAL_STUDIES", D,
        "Level D: biomarkers that show plausible therapeutic significance based on preclinical studies (Table 3)",
        "SENSITIVE_TO / RESISTANT_TO / CONFERS_RESISTANCE_TO with preclinical evidence.");

    /// <summary>Li 2017 Figure 2, level D: "Preclinical trials or a few case reports without consensus".</summary>
    public static ActionabilityRule CaseReports { get; } = new(
        "D_CASE_REPORTS", D,
        "Level D: preclinical trials or a few case reports without consensus (Figure 2)",
        "SENSITIVE_TO / RESISTANT_TO / CONFERS_RESISTANCE_TO with case-report evidence.");

    /// <summary>Observational evidence sits between Li 2017's C ("multiple small published studies with some consensus") and D.</summary>
    public static ActionabilityRule ObservationalStudy { get; } = new(
        "UNDETERMINED_OBSERVATIONAL_STUDY", Undetermined,
        "Level C: multiple small published studies with some consensus; level D: a few case reports without consensus (Figure 2)",
        "Evidence from observational studies: the graph records neither how many studies there are nor whether there is consensus, so C and D cannot be told apart.");

    /// <summary>Li 2017 Table 3, level A 2: "Biomarkers included in professional guidelines …"; the graph has no guideline node.</summary>
    public static ActionabilityRule GuidelineNotInGraph { get; } = new(
        "UNDETERMINED_GUIDELINE_NOT_IN_GRAPH", Undetermined,
        "Level A: biomarkers included in professional guidelines that predict response or resistance to therapies for a specific type of tumor (Table 3)",
        "A relationship with guideline evidence: the graph has no guideline node, so which guideline, for which tumour type and what it recommends cannot be checked.");

    /// <summary>Evidence with no Li 2017 category: a review, a curator's inference, none given, or regulatory evidence with no Approval node.</summary>
    public static ActionabilityRule EvidenceNotGraded { get; } = new(
        "UNDETERMINED_EVIDENCE_NOT_GRADED", Undetermined,
        "Levels A-D grade approvals, guidelines, studies and case reports (Table 3, Figure 2)",
        "A SENSITIVE_TO / RESISTANT_TO / CONFERS_RESISTANCE_TO whose evidence is a review, curation, regulatory with no Approval node, or not given.");

    public static IReadOnlyList<ActionabilityRule> All { get; } =
    [
        FdaApprovalSameTumour, ConsensusNotRecorded, FdaApprovalOtherTumour, InvestigationalTherapy, TrialInclusionCriterion, PreclinicalStudies,
        CaseReports, NonFdaApproval, ApprovalDiseaseNotRecorded, ObservationalStudy, GuidelineNotInGraph, EvidenceNotGraded,
    ];
}
