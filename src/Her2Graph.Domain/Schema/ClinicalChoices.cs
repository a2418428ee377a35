namespace Her2Graph.Domain.Schema;

/// <summary>
/// The closed vocabularies of the clinical evidence (issue 9): what a figure's analysis, source, setting and line of
/// therapy are, how a drug sits in a regimen, who granted an approval. Each becomes one GraphQL enum; each value's
/// description is its display name followed by what it means.
/// </summary>
public static class ClinicalChoices
{
    public static Choices Analysis { get; } = new("Analysis", "Which analysis of a trial the figures come from.",
    [
        new("PRIMARY", "Primary analysis: the pre-specified analysis of the primary endpoint."),
        new("INTERIM", "Interim analysis: an analysis before the primary one (e.g. a pre-specified early cut or a regulator's early look)."),
        new("FINAL", "Final analysis: the last pre-specified analysis of the trial or cohort."),
        new("UPDATED", "Updated analysis: later follow-up of the same patients, not pre-specified as final."),
        new("POOLED", "Pooled analysis: figures combined across cohorts or trials (e.g. a label's pooled safety population)."),
    ]);

    public static Choices FigureSource { get; } = new("FigureSource", "Where a figure was read.",
    [
        new("PUBLICATION", "Publication: a peer-reviewed article."),
        new("CONFERENCE", "Conference: a congress presentation or abstract."),
        new("LABEL", "Label: a drug label (prescribing information, SmPC)."),
        new("REGISTRY", "Registry: results posted on a trial registry."),
        new("REGULATORY_REVIEW", "Regulatory review: a regulator's review, assessment report or approval announcement."),
        new("NEWS", "News: a news report or press release citing the figure (weaker than the primary sources)."),
    ]);

    public static Choices DiseaseSetting { get; } = new("DiseaseSetting", "The disease stage of the population.",
    [
        new("ADVANCED", "Advanced: unresectable locally advanced or metastatic disease."),
        new("METASTATIC", "Metastatic disease only."),
        new("LOCALLY_ADVANCED", "Locally advanced (unresectable) disease only."),
        new("EARLY", "Early: resectable disease (neoadjuvant or adjuvant setting)."),
        new("NOT_STATED", "Not stated by the source."),
    ]);

    public static Choices LineOfTherapy { get; } = new("LineOfTherapy", "The line of therapy of the population.",
    [
        new("FIRST_LINE", "First line: no prior systemic therapy for advanced disease."),
        new("SECOND_LINE_OR_LATER", "Second line or later: at least one prior systemic therapy for advanced disease."),
        new("MIXED", "Mixed: treatment-naive and pretreated patients together."),
        new("NOT_STATED", "Not stated by the source."),
    ]);

    public static Choices TherapyClass { get; } = new("TherapyClass", "A class of prior therapy.",
    [
        new("SYSTEMIC_THERAPY", "Any systemic therapy for advanced disease."),
        new("CHEMOTHERAPY", "Any cytotoxic chemotherapy."),
        new("PLATINUM_CHEMOTHERAPY", "Platinum-based chemotherapy."),
        new("IMMUNOTHERAPY", "Immune checkpoint inhibitor (PD-1/PD-L1, CTLA-4)."),
        new("HER2_TKI", "HER2-directed tyrosine kinase inhibitor."),
        new("HER2_ADC", "HER2-directed antibody-drug conjugate."),
        new("HER2_ANTIBODY", "HER2-directed monoclonal antibody."),
        new("HER2_DIRECTED_THERAPY", "Any HER2-directed therapy (TKI, antibody or ADC)."),
        new("EGFR_TKI", "EGFR tyrosine kinase inhibitor."),
    ]);

    public static Choices RegimenRole { get; } = new("RegimenRole", "The role of a drug in a trial arm.",
    [
        new("MONOTHERAPY", "Monotherapy: the arm's only drug."),
        new("COMBINATION_PARTNER", "Combination partner: one of the drugs given together in the arm."),
        new("COMPARATOR", "Comparator: the drug of a randomised comparison arm."),
        new("CONTROL", "Control: standard-of-care drug of a control arm."),
    ]);

    public static Choices Route { get; } = new("Route", "How a drug is given.",
    [
        new("ORAL", "Oral."),
        new("INTRAVENOUS", "Intravenous."),
        new("SUBCUTANEOUS", "Subcutaneous."),
    ]);

    public static Choices DoseSchedule { get; } = new("DoseSchedule", "How often a dose is given.",
    [
        new("ONCE_DAILY", "Once daily (QD)."),
        new("TWICE_DAILY", "Twice daily (BID)."),
        new("DAILY", "Daily, split not stated (a total per day)."),
        new("WEEKLY", "Once a week."),
        new("EVERY_2_WEEKS", "Every 2 weeks (q2w)."),
        new("EVERY_3_WEEKS", "Every 3 weeks (q3w)."),
        new("EVERY_4_WEEKS", "Every 4 weeks (q4w)."),
    ]);

    public static Choices Attribution { get; } = new("Attribution", "What an adverse-event incidence counts.",
    [
        new("ALL_CAUSALITY", "All causality: every event, whatever its cause."),
        new("TREATMENT_RELATED", "Treatment-related: events the investigator attributed to treatment."),
        new("ADJUDICATED_DRUG_RELATED", "Adjudicated drug-related: attributed to the drug by an independent committee (e.g. ILD)."),
        new("ADVERSE_REACTION", "Adverse reaction: as a drug label counts them."),
        new("NOT_STATED", "Not stated by the source."),
    ]);

    public static Choices Authority { get; } = new("Authority", "The body that granted a marketing authorisation.",
    [
        new("FDA", "FDA: US Food and Drug Administration."),
        new("EUROPEAN_COMMISSION", "European Commission: grants EU marketing authorisations on the EMA's opinion."),
        new("NMPA", "NMPA: National Medical Products Administration, China."),
        new("MHLW", "MHLW: Ministry of Health, Labour and Welfare, Japan (on the PMDA's review)."),
        new("MHRA", "MHRA: Medicines and Healthcare products Regulatory Agency, UK."),
        new("HEALTH_CANADA", "Health Canada."),
        new("TGA", "TGA: Therapeutic Goods Administration, Australia."),
        new("SWISSMEDIC", "Swissmedic, Switzerland."),
    ]);

    public static Choices ReviewingAgency { get; } = new("ReviewingAgency", "The agency that reviewed an application, where it is not the body that granted it.",
    [
        new("EMA", "EMA: European Medicines Agency (its CHMP gives the opinion the European Commission decides on)."),
        new("PMDA", "PMDA: Pharmaceuticals and Medical Devices Agency, Japan (reviews for the MHLW)."),
        new("CDE", "CDE: Center for Drug Evaluation of the NMPA, China."),
    ]);

    public static Choices ApprovalType { get; } = new("ApprovalType", "The kind of marketing authorisation.",
    [
        new("FULL", "Full (regular) approval."),
        new("ACCELERATED", "Accelerated approval, on a surrogate endpoint; continued approval may depend on a confirmatory trial."),
        new("CONDITIONAL", "Conditional approval or conditional marketing authorisation, pending further data."),
    ]);

    public static Choices ReviewDesignation { get; } = new("ReviewDesignation", "A designation or review pathway given to an application.",
    [
        new("PRIORITY_REVIEW", "Priority review."),
        new("BREAKTHROUGH_THERAPY", "Breakthrough therapy designation."),
        new("FAST_TRACK", "Fast track designation."),
        new("ORPHAN_DRUG", "Orphan drug designation."),
        new("REAL_TIME_ONCOLOGY_REVIEW", "FDA Real-Time Oncology Review."),
        new("PROJECT_ORBIS", "Project Orbis (concurrent review by several regulators)."),
        new("PRIORITY_MEDICINE", "EMA PRIME (priority medicine)."),
    ]);

    public static Choices Specimen { get; } = new("Specimen", "What a diagnostic test is run on.",
    [
        new("TISSUE", "Tumour tissue."),
        new("PLASMA", "Blood plasma (circulating tumour DNA)."),
    ]);

    public static Choices ResistanceEvidence { get; } = new("ResistanceEvidence", "Where evidence of a resistance mechanism comes from.",
    [
        new("CLINICAL_AT_PROGRESSION", "Clinical, at progression: found in patients' tumours or plasma when the drug stopped working."),
        new("CLINICAL_PRIMARY", "Clinical, primary resistance: present before treatment in patients who did not respond."),
        new("PRECLINICAL", "Preclinical: cell lines, xenografts or other models."),
        new("OTHER_TUMOUR_TYPE", "Other tumour type: seen clinically in another cancer (e.g. HER2-positive breast cancer)."),
    ]);

    public static Choices ResistanceCategory { get; } = new("ResistanceCategory", "What kind of resistance mechanism it is.",
    [
        new("ON_TARGET", "On-target: a change in HER2 itself."),
        new("BYPASS", "Bypass: another receptor or pathway takes over signalling."),
        new("DOWNSTREAM_PATHWAY", "Downstream pathway: activation below HER2 (e.g. PI3K/AKT/mTOR, MAPK)."),
        new("PHENOTYPIC", "Phenotypic: histological transformation or lineage change."),
        new("ADC_SPECIFIC", "ADC-specific: antigen loss, payload resistance, impaired internalisation or trafficking."),
    ]);

    public static Choices InvolvementRole { get; } = new("InvolvementRole", "What a gene, variant or pathway does in a resistance mechanism.",
    [
        new("ACQUIRED_MUTATION", "Acquired mutation."),
        new("AMPLIFICATION", "Amplification."),
        new("OVEREXPRESSION", "Overexpression."),
        new("LOSS", "Loss (deletion, loss of function or loss of expression)."),
        new("PATHWAY_ACTIVATION", "Pathway activation."),
        new("TARGET", "The target whose alteration is the mechanism (e.g. the HER2 protein an ADC binds)."),
    ]);

    public static IReadOnlyList<Choices> All { get; } =
    [
        Analysis, FigureSource, DiseaseSetting, LineOfTherapy, TherapyClass, RegimenRole, Route, DoseSchedule, Attribution,
        Authority, ReviewingAgency, ApprovalType, ReviewDesignation, Specimen, ResistanceEvidence, ResistanceCategory, InvolvementRole,
    ];
}
