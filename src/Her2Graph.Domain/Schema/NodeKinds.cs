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
            P("ncbiGeneId", WholeNumber, "NCBI Gene id."),
            P("hgncId", Text, "HGNC id, e.g. HGNC:3430."),
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
        new(NodeKind.Trial, "A clinical trial, or one cohort of it where cohorts report separately.",
            "registry id (NCT03505710), suffixed with /cohort where one registration has several trial nodes; a short slug when unregistered",
        [
            P("registryId", Text, "ClinicalTrials.gov or other registry id."),
            P("phase", Text, "Trial phase, e.g. 2 or 1/2."),
            P("population", Text, "Who was enrolled."),
            P("design", Text, "Arms, randomisation, cohorts."),
            P("primaryEndpoint", Text, "Primary endpoint."),
            P("publication", Text, "Main publication."),
            P("dataCutoff", Text, "Data cut-off of the reported results."),
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
            P("category", Text, "on-target, bypass, downstream pathway, phenotypic or ADC-specific."),
            P("mechanism", Text, "How it works."),
            P("evidence", Text, "What kind of evidence supports it."),
            P("frequency", Text, "How often it is seen."),
            P("overcomeBy", TextList, "Strategies or drugs reported to overcome it."),
            P("affects", Text, "Which drugs or classes it affects."),
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
    ];

    private static readonly Dictionary<NodeKind, NodeKindDefinition> ByKind = All.ToDictionary(d => d.Kind);

    public static NodeKindDefinition Get(NodeKind kind) => ByKind[kind];

    public static bool TryParse(string name, out NodeKind kind) => Enum.TryParse(name, ignoreCase: false, out kind) && Enum.IsDefined(kind);

    internal static PropertyDefinition P(string name, PropertyType type, string description) => new(name, type, description);
}
