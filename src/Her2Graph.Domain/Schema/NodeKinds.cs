using Her2Graph.Domain.Graph;
using static Her2Graph.Domain.Schema.PropertyType;

namespace Her2Graph.Domain.Schema;

/// <summary>The node kinds of the graph with their key rules and typed properties (DESIGN.md §2).</summary>
public static class NodeKinds
{
    /// <summary>Free-text notes: findings and figures that have no typed property yet, each with its context.</summary>
    internal static PropertyDefinition Notes { get; } = P("notes", TextList, "Further findings in words, each with its context.");

    public static IReadOnlyList<NodeKindDefinition> All { get; } =
    [
        new(NodeKind.Gene, "A human gene.", "HGNC symbol, e.g. ERBB2",
        [
            P("cytoband", Text, "Chromosomal location, e.g. 17q12."),
            P("roleInNsclc", Text, "What alterations of this gene do in NSCLC."),
            P("prevalence", TextList, "Reported prevalence figures of its alterations in NSCLC, each with its cohort."),
            P("coAlterations", Text, "Alterations reported together with this gene's alterations."),
            Notes,
        ]),
        new(NodeKind.Variant, "A gene alteration: a point mutation, an insertion, an amplification or protein overexpression.",
            "GENE:protein change (legacy notation), e.g. ERBB2:A775_G776insYVMA; GENE:amplification for copy-number classes",
        [
            P("gene", Text, "HGNC symbol of the gene."),
            P("hgvsProtein", Text, "HGVS protein notation, e.g. p.Tyr772_Ala775dup."),
            P("transcript", Text, "Reference transcript and protein, e.g. NM_004448.4 / NP_004439.2."),
            P("exon", WholeNumber, "Exon number on the reference transcript."),
            P("domain", Text, "Protein domain: ECD, TMD, JMD or TKD."),
            P("alterationType", Text, "insertion, duplication, delins, missense, amplification, overexpression, splice variant."),
            P("frequency", TextList, "Reported frequencies among HER2-mutant NSCLC, each with its cohort."),
            P("role", Text, "Known functional role, e.g. acquired resistance."),
            Notes,
        ]),
        new(NodeKind.VariantClass, "A named group of variants with the rule that makes a variant a member.",
            "slug, e.g. erbb2-exon20-insertions",
        [
            P("gene", Text, "HGNC symbol of the gene."),
            P("membershipRule", Text, "Why a variant belongs to the class."),
            P("exons", Text, "Exons covered."),
            P("domain", Text, "Protein domain(s) covered."),
            P("frequency", TextList, "Reported frequencies among HER2-mutant NSCLC, each with its cohort."),
            P("examples", TextList, "Example members."),
            Notes,
        ]),
        new(NodeKind.Drug, "A drug or investigational agent.", "lower-case INN, e.g. trastuzumab deruxtecan",
        [
            P("drugClass", Text, "ADC, mAb, TKI, chemotherapy, immunotherapy…"),
            P("mechanism", Text, "Mechanism of action."),
            P("antibody", Text, "Antibody of an ADC or mAb."),
            P("payload", Text, "ADC payload."),
            P("linker", Text, "ADC linker."),
            P("drugAntibodyRatio", Text, "ADC drug-to-antibody ratio."),
            P("epitope", Text, "Antibody epitope."),
            P("binding", Text, "Binding mode of a small molecule (covalent, reversible)."),
            P("selectivity", Text, "Target selectivity, e.g. HER2-selective, EGFR-sparing."),
            P("developer", Text, "Developer or sponsor."),
            P("dose", Text, "Usual dose in HER2-altered NSCLC."),
            P("regulatoryNotes", TextList, "Regulatory facts that are not an approval for a graph variant."),
            Notes,
        ]),
        new(NodeKind.Trial, "A clinical trial, or one cohort of it where cohorts report separately. Its arms (TrialArm, via HAS_ARM) carry the figures.",
            "registry id (NCT03505710), suffixed with /cohort where one registration has several trial nodes; a short slug when unregistered",
        [
            P("registryId", Text, "ClinicalTrials.gov or other registry id."),
            P("phase", Text, "Trial phase, e.g. 2 or 1/2."),
            P("population", Text, "Who was enrolled, in words (the arms' populations are links: TrialArm.population)."),
            P("design", Text, "Arms, randomisation, cohorts, in words."),
            P("primaryEndpoint", Text, "Primary endpoint."),
            P("publication", Text, "Main publication."),
            P("results", Text, "Results in words where no figure is available."),
            Notes,
        ]),
        new(NodeKind.AdverseEvent, "An adverse event, by MedDRA-style preferred term.", "MedDRA-style term as usually written, e.g. diarrhea, ILD/pneumonitis",
        [
            P("terminology", Text, "The terminology the term follows."),
            Notes,
        ]),
        new(NodeKind.ResistanceMechanism, "A mechanism by which tumours stop responding to a drug.", "slug, e.g. her2-t798i-gatekeeper",
        [
            C("category", ClinicalChoices.ResistanceCategory, "What kind of mechanism it is."),
            P("mechanism", Text, "How it works."),
            P("frequency", Text, "How often it is seen."),
            Notes,
        ]),
        new(NodeKind.Publication, "A publication the graph draws on.", "DOI without prefix, e.g. 10.3779/j.issn.1009-3419.2025.106.22",
        [
            P("journal", Text, "Journal."),
            P("date", Date, "Publication date."),
            P("doi", Text, "DOI."),
            P("pmcid", Text, "PubMed Central id."),
            P("language", Text, "Language of the full text."),
            P("keyClaims", TextList, "Key claims of the publication."),
            P("fullTextRetrieved", Flag, "Whether the curators read the full text."),
            Notes,
        ]),
        new(NodeKind.TrialArm,
            "One arm or cohort of a trial at one dose, in one analysis: its population (STUDIES), regimen (EVALUATES, with each drug's role and dose), results (the figures here) and adverse-event rates (HAS_ADVERSE_EVENT). The trial it belongs to is the one HAS_ARM link into it.",
            "trial id, a colon and the arm's short name, e.g. NCT04644237: 5.4 mg/kg, primary analysis",
        [
            P("cohort", Text, "The arm or cohort as the trial names it, e.g. cohort 2 or 5.4 mg/kg arm."),
            C("analysis", ClinicalChoices.Analysis, "Which analysis the figures come from."),
            C("source", ClinicalChoices.FigureSource, "Where the figures were read."),
            P("dataCutoff", Date, "Data cut-off of the figures, to the precision known."),
            C("setting", ClinicalChoices.DiseaseSetting, "Disease stage of the population."),
            C("lineOfTherapy", ClinicalChoices.LineOfTherapy, "Line of therapy of the population."),
            CL("priorTherapyRequired", ClinicalChoices.TherapyClass, "Prior therapies every patient had (REQUIRED)."),
            CL("priorTherapyExcluded", ClinicalChoices.TherapyClass, "Prior therapies no patient had: naive to them (EXCLUDED)."),
            CL("priorTherapyAllowed", ClinicalChoices.TherapyClass, "Prior therapies allowed but not required (ALLOWED)."),
            CL("priorTherapyMixed", ClinicalChoices.TherapyClass, "Prior therapies some patients had, as reported (MIXED)."),
            .. Outcomes.Properties,
            Notes,
        ]),
        new(NodeKind.Approval,
            "A regulator's marketing authorisation of a drug (APPROVES) for tumours with a variant or class (APPROVED_FOR) in a disease (IN_DISEASE), resting on trials (BASED_ON), with its companion diagnostics (APPROVED_WITH).",
            "authority, drug and date, e.g. FDA: trastuzumab deruxtecan, 2022-08-11",
        [
            C("authority", ClinicalChoices.Authority, "The body that granted it."),
            C("reviewingAgency", ClinicalChoices.ReviewingAgency, "The agency that reviewed the application, where it is not the authority (EMA for the European Commission, PMDA for the MHLW)."),
            C("approvalType", ClinicalChoices.ApprovalType, "Full, accelerated or conditional."),
            CL("reviewDesignations", ClinicalChoices.ReviewDesignation, "Designations and review pathways of the application (priority review, breakthrough therapy…)."),
            P("date", Date, "Date of the decision, to the precision known."),
            P("indication", Text, "The indication as approved, in the regulator's words."),
            P("dose", Text, "The approved dose, as labelled."),
            Notes,
        ]),
        new(NodeKind.Disease, "A disease that trials enroll and approvals are granted for.", "slug, e.g. nsclc",
        [
            Notes,
        ]),
        new(NodeKind.CompanionDiagnostic, "A companion diagnostic device: one test from one manufacturer, linked to each approval it was approved with (APPROVED_WITH).",
            "slug of the test name, e.g. oncomine-dx-target-test",
        [
            P("manufacturer", Text, "Who makes the test."),
            CL("specimens", ClinicalChoices.Specimen, "What the test is run on for this use."),
            P("pmaNumber", Text, "FDA premarket approval number of the device, e.g. P160045."),
            Notes,
        ]),
        new(NodeKind.Pathway, "A signalling pathway that resistance mechanisms act through.", "slug, e.g. pi3k-akt-mtor",
        [
            Notes,
        ]),
    ];

    private static readonly Dictionary<NodeKind, NodeKindDefinition> ByKind = All.ToDictionary(d => d.Kind);

    public static NodeKindDefinition Get(NodeKind kind) => ByKind[kind];

    public static bool TryParse(string name, out NodeKind kind) => Enum.TryParse(name, ignoreCase: false, out kind) && Enum.IsDefined(kind);

    internal static PropertyDefinition P(string name, PropertyType type, string description) => new(name, type, description);

    internal static PropertyDefinition C(string name, Choices choices, string description) => new(name, PropertyType.Choice, description) { Choices = choices };

    internal static PropertyDefinition CL(string name, Choices choices, string description) => new(name, PropertyType.ChoiceList, description) { Choices = choices };

    internal static PropertyDefinition Ref(string name, string description, params NodeKind[] kinds) => new(name, PropertyType.NodeReference, description) { NodeKinds = kinds };
}
