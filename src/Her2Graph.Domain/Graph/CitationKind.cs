namespace Her2Graph.Domain.Graph;

/// <summary>The kinds of source a citation can name.</summary>
public enum CitationKind
{
    /// <summary>PubMed id: <c>PMID:34534430</c>.</summary>
    Pmid,

    /// <summary>PubMed Central id: <c>PMCID:PMC8887939</c>.</summary>
    Pmcid,

    /// <summary>Digital object identifier: <c>DOI:10.1056/NEJMoa2112431</c>.</summary>
    Doi,

    /// <summary>Trial registry id: <c>NCT03505710</c> (ClinicalTrials.gov) or <c>ChiCTR1800020262</c>.</summary>
    TrialRegistry,

    /// <summary>A database record: <c>HGNC:3430</c>, <c>NCBIGene:2064</c>.</summary>
    Database,

    /// <summary>A regulatory decision or label: <c>FDA: ...</c>, <c>EMA: ...</c>, <c>NMPA: ...</c>, <c>PMDA: ...</c>.</summary>
    Regulatory,

    /// <summary>A web page: <c>https://...</c>.</summary>
    Url,

    /// <summary>A bibliographic reference without an identifier: <c>REF: Hanker AB et al. Cancer Discov 2017</c>.</summary>
    Reference,
}
