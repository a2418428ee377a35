using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// A small HER2 graph every contract test can start from, in the data model of <see cref="Domain.Schema.DataModel"/>:
/// every node kind but Publication and every relationship type but MENTIONS and CO_ALTERED_WITH, with every property
/// shape (text, numbers, flags, dates, choices, choice lists, node references) and builders for more. Fixed clock and
/// actors, so outputs never depend on when or where the suite runs. The figures follow the seed where it has them and
/// are illustrative elsewhere (the weeks and flags of the ZENITH20 arm): a store fixture, never a source of facts.
/// </summary>
public static class TestGraph
{
    public const string Erbb2 = "ERBB2";
    public const string Egfr = "EGFR";
    public const string Yvma = "ERBB2:A775_G776insYVMA";
    public const string G776 = "ERBB2:G776delinsVC";
    public const string S310F = "ERBB2:S310F";
    public const string Amplification = "ERBB2:amplification";
    public const string Exon20 = "erbb2-exon20-insertions";
    public const string Tdxd = "trastuzumab deruxtecan";
    public const string Poziotinib = "poziotinib";
    public const string Zongertinib = "zongertinib";
    public const string Lung02 = "NCT04644237";
    public const string Lung01 = "NCT03505710/cohort-2";
    public const string Zenith20 = "NCT03318939";
    public const string Ild = "ILD/pneumonitis";
    public const string Diarrhea = "diarrhea";

    /// <summary>DESTINY-Lung02's 5.4 mg/kg arm, primary analysis: the arm most tests walk through.</summary>
    public const string Arm = "NCT04644237: 5.4 mg/kg, primary analysis";
    public const string Lung01Arm = "NCT03505710/cohort-2: cohort 2, 6.4 mg/kg, primary analysis";
    public const string ZenithArm = "NCT03318939: cohort 2, 16 mg QD";
    public const string Approval = "FDA: trastuzumab deruxtecan, 2022-08-11";
    public const string Nsclc = "nsclc";
    public const string NonSquamous = "non-squamous-nsclc";
    public const string Oncomine = "oncomine-dx-target-test";
    public const string Pi3k = "pi3k-akt-mtor";
    public const string Pi3kActivation = "pi3k-pathway-activation";

    /// <summary>The qualifiers of the two SENSITIVE_TO relationships from YVMA to T-DXd, one per trial whose arm shows it.</summary>
    public const string Lung01Qualifier = "DESTINY-Lung01";
    public const string Lung02Qualifier = "DESTINY-Lung02 5.4 mg/kg";

    public static DateTimeOffset T0 { get; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The context of the standard import.</summary>
    public static WriteContext Seed { get; } = new("seed", T0, "fixture import");

    /// <summary>A curator's edit some minutes after the import.</summary>
    public static WriteContext Curator(int minutesLater) => new("curator-key", T0.AddMinutes(minutesLater), "curation");

    public static GraphNode Node(
        string id,
        NodeKind kind,
        string name,
        string[]? aliases = null,
        PropertyBag? properties = null,
        VerificationStatus status = VerificationStatus.Verified,
        string? statusNote = null,
        params string[] citations) =>
        new(id, kind, name, aliases ?? [], properties ?? PropertyBag.Empty,
            new Provenance(citations.Select(Citation.Parse).ToList(), status, statusNote));

    public static GraphRelationship Relationship(
        RelationshipType type,
        string fromId,
        string toId,
        string qualifier = "",
        PropertyBag? properties = null,
        EvidenceLevel? evidence = null,
        VerificationStatus status = VerificationStatus.Verified,
        string? statusNote = null,
        params string[] citations) =>
        new(type, fromId, toId, qualifier, properties ?? PropertyBag.Empty,
            new Provenance((citations.Length == 0 ? ["PMID:34534430"] : citations).Select(Citation.Parse).ToList(), status, statusNote, evidence));

    public static IReadOnlyList<GraphNode> Nodes { get; } =
    [
        Node(Erbb2, Gene, "ERBB2", ["HER2", "NEU"],
            PropertyBag.Of(("cytoband", "17q12"), ("prevalence", new[] { "2-4% of NSCLC carry ERBB2 mutations", "amplification in 2-5%" })),
            citations: ["HGNC:3430"]) with
        {
            Xrefs = [new(XrefScheme.Hgnc, "HGNC:3430", VerificationStatus.FromKnowledge), new(XrefScheme.NcbiGene, "2064", VerificationStatus.Verified, "NCBI Gene")],
        },
        Node(Egfr, Gene, "EGFR", ["HER1"]) with { Xrefs = [new(XrefScheme.NcbiGene, "1956", VerificationStatus.FromKnowledge)] },
        Node(Yvma, Variant, "ERBB2 A775_G776insYVMA", ["YVMA", "A775_G776insYVMA", "p.Tyr772_Ala775dup"],
            PropertyBag.Of(("gene", "ERBB2"), ("exon", 20), ("domain", "TKD"), ("alterationType", "insertion"))) with
        {
            Xrefs =
            [
                new(XrefScheme.HgvsCoding, "NM_004448.4:c.2313_2324dup", VerificationStatus.Verified, "a VEP fixture"),
                new(XrefScheme.HgvsCoding, "NM_004448.4:c.2314_2325dup", VerificationStatus.FromKnowledge, OtherAllele: true, Note: "codon-aligned 12-nt duplication"),
                new(XrefScheme.Dbsnp, "rs397516975", VerificationStatus.Verified),
            ],
        },
        Node(G776, Variant, "ERBB2 G776delinsVC", ["G776delinsVC"],
            PropertyBag.Of(("gene", "ERBB2"), ("exon", 20), ("domain", "TKD"), ("alterationType", "delins"))),
        Node(S310F, Variant, "ERBB2 S310F", [],
            PropertyBag.Of(("gene", "ERBB2"), ("exon", 8), ("domain", "ECD"), ("alterationType", "missense"))),
        Node(Amplification, Variant, "ERBB2 amplification", ["HER2 amplification"],
            PropertyBag.Of(("gene", "ERBB2"), ("alterationType", "amplification")), VerificationStatus.Unverified),
        Node(Exon20, VariantClass, "ERBB2 exon 20 insertions", ["ex20ins"],
            PropertyBag.Of(("gene", "ERBB2"), ("membershipRule", "in-frame insertion in exon 20"), ("exons", "20"))),
        Node(Tdxd, Drug, "trastuzumab deruxtecan", ["T-DXd", "DS-8201", "Enhertu"],
            PropertyBag.Of(("drugClass", "ADC"), ("payload", "DXd (exatecan derivative, topoisomerase I inhibitor)")),
            VerificationStatus.FromKnowledge, "DAR not re-checked", "DOI:10.1056/NEJMoa2112431", "FDA: accelerated approval 2022-08-11, Enhertu"),
        Node(Poziotinib, Drug, "poziotinib", ["HM781-36B"],
            PropertyBag.Of(("drugClass", "TKI"), ("selectivity", "pan-HER"), ("binding", "covalent"))),
        Node(Zongertinib, Drug, "zongertinib", ["BI 1810631"],
            PropertyBag.Of(("drugClass", "TKI"), ("selectivity", "HER2-selective, EGFR-sparing"), ("binding", "covalent"))),
        Node(Lung02, Trial, "DESTINY-Lung02", [], PropertyBag.Of(("phase", "2"), ("registryId", Lung02))),
        Node(Lung01, Trial, "DESTINY-Lung01, cohort 2", [], PropertyBag.Of(("phase", "2"), ("registryId", "NCT03505710"))),
        Node(Zenith20, Trial, "ZENITH20", [], PropertyBag.Of(("phase", "2"), ("registryId", Zenith20))),
        Node(Arm, TrialArm, "DESTINY-Lung02, 5.4 mg/kg, primary analysis", [],
            PropertyBag.Of(
                ("cohort", "5.4 mg/kg arm"), ("analysis", "PRIMARY"), ("source", "PUBLICATION"), ("dataCutoff", "2022-12-23"),
                ("setting", "METASTATIC"), ("lineOfTherapy", "SECOND_LINE_OR_LATER"), ("priorTherapyRequired", new[] { "PLATINUM_CHEMOTHERAPY" }),
                ("n", 102), ("orrPercent", 49.0), ("orrCi95Lower", 39.0), ("orrCi95Upper", 59.1),
                ("medianPfsMonths", 9.9), ("medianDorMonths", 16.8), ("pfs12mRatePercent", 45)),
            citations: ["NCT04644237", "DOI:10.1200/JCO.23.01361"]),
        Node(Lung01Arm, TrialArm, "DESTINY-Lung01, cohort 2, 6.4 mg/kg, primary analysis", [],
            PropertyBag.Of(
                ("cohort", "cohort 2"), ("analysis", "PRIMARY"), ("source", "PUBLICATION"), ("dataCutoff", "2021-12"),
                ("setting", "ADVANCED"), ("lineOfTherapy", "SECOND_LINE_OR_LATER"),
                ("n", 91), ("orrPercent", 55), ("orrCi95Lower", 44), ("orrCi95Upper", 65),
                ("medianPfsMonths", 8.2), ("medianPfsCi95Lower", 6.0), ("medianPfsCi95Upper", 11.9),
                ("medianOsMonths", 17.8), ("medianOsCi95Lower", 13.8), ("medianOsCi95Upper", 22.1),
                ("notes", new[] { "ESMO reports the ORR as 54.9% (95% CI 44.2-65.4)" })),
            citations: ["NCT03505710", "DOI:10.1056/NEJMoa2112431"]),
        Node(ZenithArm, TrialArm, "ZENITH20, cohort 2, 16 mg QD", [],
            PropertyBag.Of(
                ("cohort", "cohort 2"), ("source", "PUBLICATION"), ("setting", "ADVANCED"), ("lineOfTherapy", "SECOND_LINE_OR_LATER"),
                ("priorTherapyExcluded", new[] { "HER2_TKI", "HER2_ADC" }),
                ("n", 90), ("orrPercent", 27.8), ("orrCi95Lower", 18.9), ("orrCi95Upper", 38.2), ("medianPfsMonths", 5.5),
                ("medianDorWeeks", 22.0), ("medianDorMonths", 5.06), ("medianDorMonthsDerived", true),
                ("medianOsNotReached", true), ("medianPfsCi95UpperNotEstimable", true)),
            citations: ["NCT03318939", "DOI:10.1200/JCO.21.01323"]),
        Node(Approval, NodeKind.Approval, "FDA accelerated approval of trastuzumab deruxtecan for HER2-mutant NSCLC", [],
            PropertyBag.Of(
                ("authority", "FDA"), ("approvalType", "ACCELERATED"), ("reviewDesignations", new[] { "PRIORITY_REVIEW", "BREAKTHROUGH_THERAPY" }),
                ("date", "2022-08-11"), ("indication", "adults with unresectable or metastatic NSCLC whose tumours have activating HER2 (ERBB2) mutations")),
            citations: ["FDA: trastuzumab deruxtecan accelerated approval, 2022-08-11"]),
        Node(Nsclc, Disease, "non-small cell lung cancer", ["NSCLC"]),
        Node(NonSquamous, Disease, "non-squamous non-small cell lung cancer", ["non-squamous NSCLC"]),
        Node(Oncomine, CompanionDiagnostic, "Oncomine Dx Target Test", [],
            PropertyBag.Of(("manufacturer", "Thermo Fisher Scientific"), ("specimens", new[] { "TISSUE" }), ("pmaNumber", "P160045"))),
        Node(Pi3k, Pathway, "PI3K/AKT/mTOR pathway", ["PI3K pathway"]),
        Node(Pi3kActivation, ResistanceMechanism, "PI3K pathway activation", [],
            PropertyBag.Of(("category", "DOWNSTREAM_PATHWAY"), ("mechanism", "signalling below HER2 goes on without it"))),
        Node(Ild, AdverseEvent, "ILD/pneumonitis", ["interstitial lung disease"]) with
        {
            Xrefs =
            [
                new(XrefScheme.MeddraPt, "10022611", VerificationStatus.Verified, Label: "Interstitial lung disease"),
                new(XrefScheme.CtcaeV5, "10035742", VerificationStatus.Verified, Label: "Pneumonitis", Note: "system organ class: Respiratory, thoracic and mediastinal disorders"),
            ],
        },
        Node(Diarrhea, AdverseEvent, "diarrhea") with { Xrefs = [new(XrefScheme.MeddraPt, "10012735", VerificationStatus.Verified, Label: "Diarrhoea")] },
    ];

    public static IReadOnlyList<GraphRelationship> Relationships { get; } =
    [
        Relationship(InGene, Yvma, Erbb2),
        Relationship(InGene, G776, Erbb2),
        Relationship(InGene, S310F, Erbb2),
        Relationship(InGene, Amplification, Erbb2),
        Relationship(MemberOf, Yvma, Exon20, properties: PropertyBag.Of(("reason", "in-frame exon 20 insertion"))),
        Relationship(Targets, Tdxd, Erbb2, properties: PropertyBag.Of(("mechanism", "HER2-directed ADC"))),
        Relationship(Targets, Poziotinib, Erbb2),
        Relationship(Targets, Poziotinib, Egfr),
        Relationship(Targets, Zongertinib, Erbb2),
        Relationship(SensitiveTo, Yvma, Tdxd, Lung01Qualifier, PropertyBag.Of(("arm", Lung01Arm)),
            EvidenceLevel.ClinicalTrial, citations: ["PMID:34534430", "DOI:10.1056/NEJMoa2112431"]),
        Relationship(SensitiveTo, Yvma, Tdxd, Lung02Qualifier, PropertyBag.Of(("arm", Arm), ("notes", new[] { "the 5.4 mg/kg dose was approved" })),
            EvidenceLevel.RandomizedTrial, VerificationStatus.FromKnowledge, "12-month figures not re-checked", "DOI:10.1200/JCO.23.01361"),
        Relationship(SensitiveTo, Yvma, Poziotinib, properties: PropertyBag.Of(("arm", ZenithArm)), evidence: EvidenceLevel.ClinicalTrial),
        Relationship(Enrolls, Lung02, Yvma),
        Relationship(InDisease, Lung02, Nsclc),
        Relationship(HasArm, Lung02, Arm, citations: ["NCT04644237"]),
        Relationship(HasArm, Lung01, Lung01Arm, citations: ["NCT03505710"]),
        Relationship(HasArm, Zenith20, ZenithArm, citations: ["NCT03318939"]),
        Relationship(Evaluates, Arm, Tdxd, properties: PropertyBag.Of(
            ("role", "MONOTHERAPY"), ("doseAmount", 5.4), ("doseUnit", "mg/kg"), ("schedule", "EVERY_3_WEEKS"), ("route", "INTRAVENOUS")),
            evidence: EvidenceLevel.RandomizedTrial, citations: ["NCT04644237"]),
        Relationship(Evaluates, Lung01Arm, Tdxd, properties: PropertyBag.Of(
            ("role", "MONOTHERAPY"), ("doseAmount", 6.4), ("doseUnit", "mg/kg"), ("schedule", "EVERY_3_WEEKS"), ("route", "INTRAVENOUS")),
            evidence: EvidenceLevel.ClinicalTrial, citations: ["NCT03505710"]),
        Relationship(Evaluates, ZenithArm, Poziotinib, properties: PropertyBag.Of(
            ("role", "MONOTHERAPY"), ("doseAmount", 16), ("doseUnit", "mg"), ("schedule", "ONCE_DAILY"), ("route", "ORAL")),
            evidence: EvidenceLevel.ClinicalTrial, citations: ["NCT03318939"]),
        Relationship(Studies, Arm, Yvma, citations: ["NCT04644237"]),
        Relationship(Studies, Lung01Arm, Exon20, citations: ["NCT03505710"]),
        Relationship(Studies, ZenithArm, Exon20, citations: ["NCT03318939"]),
        Relationship(HasAdverseEvent, Lung01Arm, Ild, properties: PropertyBag.Of(
            ("n", 91), ("anyGradePercent", 26), ("grade5Count", 2), ("attribution", "ADJUDICATED_DRUG_RELATED"), ("source", "PUBLICATION"), ("analysis", "PRIMARY")),
            evidence: EvidenceLevel.ClinicalTrial, citations: ["PMID:34534430"]),
        Relationship(HasAdverseEvent, Arm, Ild, properties: PropertyBag.Of(
            ("n", 101), ("anyGradePercent", 12.9), ("grade3To4Percent", 1.0), ("attribution", "ADJUDICATED_DRUG_RELATED"), ("ctcaeVersion", "5.0")),
            evidence: EvidenceLevel.RandomizedTrial, status: VerificationStatus.FromKnowledge, statusNote: "grade 5 count not re-checked",
            citations: ["DOI:10.1200/JCO.23.01361"]),
        Relationship(HasAdverseEvent, ZenithArm, Diarrhea, properties: PropertyBag.Of(("anyGradePercent", 82), ("grade3PlusPercent", 25.6)),
            evidence: EvidenceLevel.ClinicalTrial),
        Relationship(Approves, Approval, Tdxd, citations: ["FDA: trastuzumab deruxtecan accelerated approval, 2022-08-11"]),
        Relationship(ApprovedFor, Approval, Exon20, citations: ["FDA: trastuzumab deruxtecan accelerated approval, 2022-08-11"]),
        Relationship(InDisease, Approval, Nsclc, citations: ["FDA: trastuzumab deruxtecan accelerated approval, 2022-08-11"]),
        Relationship(BasedOn, Approval, Lung02, citations: ["FDA: trastuzumab deruxtecan accelerated approval, 2022-08-11"]),
        Relationship(ApprovedWith, Approval, Oncomine, properties: PropertyBag.Of(("date", "2022-08-11"), ("biomarker", "HER2 (ERBB2) activating mutations")),
            citations: ["FDA: trastuzumab deruxtecan accelerated approval, 2022-08-11"]),
        Relationship(SubtypeOf, NonSquamous, Nsclc, citations: ["REF: NCI Thesaurus"]),
        Relationship(InPathway, Erbb2, Pi3k, citations: ["REF: KEGG ErbB signalling pathway"]),
        Relationship(Involves, Pi3kActivation, Pi3k, properties: PropertyBag.Of(("role", "PATHWAY_ACTIVATION"))),
        Relationship(ConfersResistanceTo, Pi3kActivation, Poziotinib, properties: PropertyBag.Of(("evidenceFrom", "CLINICAL_AT_PROGRESSION"), ("observedIn", Zenith20))),
        Relationship(OvercomeBy, Pi3kActivation, Zongertinib, properties: PropertyBag.Of(("evidenceFrom", "PRECLINICAL")), evidence: EvidenceLevel.Preclinical),
    ];

    /// <summary>The standard graph as one import.</summary>
    public static GraphWrite Standard() => GraphWrite.Upsert(Nodes, Relationships, Seed);

    public static GraphNode NodeById(string id) => Nodes.Single(n => n.Id == id);

    public static GraphRelationship RelationshipByKey(RelationshipType type, string fromId, string toId, string qualifier = "") =>
        Relationships.Single(r => r.Key == new RelationshipKey(type, fromId, toId, qualifier));

    /// <summary>How many relationships of the standard graph start or end at <paramref name="id"/>.</summary>
    public static int RelationshipsAt(string id) => Relationships.Count(r => r.FromId == id || r.ToId == id);
}
