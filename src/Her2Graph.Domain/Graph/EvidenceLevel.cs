namespace Her2Graph.Domain.Graph;

/// <summary>The strongest kind of evidence behind a relationship, from regulatory approval down to curation.</summary>
public enum EvidenceLevel
{
    Regulatory,
    Guideline,
    RandomizedTrial,
    ClinicalTrial,
    Observational,
    CaseReport,
    Preclinical,
    Review,
    Curated,
}
