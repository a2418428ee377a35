using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using static Her2Graph.Domain.Graph.NodeKind;
using static Her2Graph.Domain.Graph.RelationshipType;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// A small HER2 graph every contract test can start from, and builders for more. Fixed clock and actors, so
/// outputs never depend on when or where the suite runs.
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
    public const string Ild = "ILD/pneumonitis";
    public const string Diarrhea = "diarrhea";
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
            PropertyBag.Of(("ncbiGeneId", 2064), ("hgncId", "HGNC:3430"), ("cytoband", "17q12"),
                ("prevalence", new[] { "2-4% of NSCLC carry ERBB2 mutations", "amplification in 2-5%" })),
            citations: ["HGNC:3430"]),
        Node(Egfr, Gene, "EGFR", ["HER1"], PropertyBag.Of(("ncbiGeneId", 1956))),
        Node(Yvma, Variant, "ERBB2 A775_G776insYVMA", ["YVMA", "A775_G776insYVMA", "p.Tyr772_Ala775dup"],
            PropertyBag.Of(("gene", "ERBB2"), ("exon", 20), ("domain", "TKD"), ("alterationType", "insertion"))),
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
        Node(Ild, AdverseEvent, "ILD/pneumonitis", ["interstitial lung disease"]),
        Node(Diarrhea, AdverseEvent, "diarrhea"),
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
        Relationship(SensitiveTo, Yvma, Tdxd, properties: PropertyBag.Of(("orrPercent", 55), ("trial", "NCT03505710")),
            evidence: EvidenceLevel.ClinicalTrial, citations: ["PMID:34534430", "DOI:10.1056/NEJMoa2112431"]),
        Relationship(SensitiveTo, Yvma, Poziotinib, properties: PropertyBag.Of(("orrPercent", 27.8)), evidence: EvidenceLevel.ClinicalTrial),
        Relationship(Evaluates, Lung02, Tdxd, "5.4 mg/kg", PropertyBag.Of(("n", 102), ("orrPercent", 49.0), ("dose", "5.4 mg/kg Q3W")),
            EvidenceLevel.RandomizedTrial, citations: ["NCT04644237"]),
        Relationship(Enrolls, Lung02, Yvma),
        Relationship(HasAdverseEvent, Tdxd, Ild, Lung01Qualifier, PropertyBag.Of(("anyGradePercent", 26), ("trial", "NCT03505710")),
            EvidenceLevel.ClinicalTrial, citations: ["PMID:34534430"]),
        Relationship(HasAdverseEvent, Tdxd, Ild, Lung02Qualifier, PropertyBag.Of(("anyGradePercent", 12.9), ("trial", Lung02)),
            EvidenceLevel.RandomizedTrial, VerificationStatus.FromKnowledge, "grade 5 count not re-checked", "DOI:10.1200/JCO.23.01361"),
        Relationship(HasAdverseEvent, Poziotinib, Diarrhea, "ZENITH20 cohort 2", PropertyBag.Of(("anyGradePercent", 82)), EvidenceLevel.ClinicalTrial),
    ];

    /// <summary>The standard graph as one import.</summary>
    public static GraphWrite Standard() => GraphWrite.Upsert(Nodes, Relationships, Seed);

    public static GraphNode NodeById(string id) => Nodes.Single(n => n.Id == id);

    public static GraphRelationship RelationshipByKey(RelationshipType type, string fromId, string toId, string qualifier = "") =>
        Relationships.Single(r => r.Key == new RelationshipKey(type, fromId, toId, qualifier));
}
