using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Schema.Evidence;

/// <summary>Resolvable links for citations, so front-ends can link sources without knowing every registry.</summary>
internal static class CitationLinks
{
    public static string? UrlOf(Citation citation)
    {
        var value = citation.Value;
        return citation.Kind switch
        {
            CitationKind.Pmid => $"https://pubmed.ncbi.nlm.nih.gov/{After(value)}/",
            CitationKind.Pmcid => $"https://pmc.ncbi.nlm.nih.gov/articles/{After(value)}/",
            CitationKind.Doi => $"https://doi.org/{After(value)}",
            CitationKind.TrialRegistry when value.StartsWith("NCT", StringComparison.Ordinal) => $"https://clinicaltrials.gov/study/{value}",
            CitationKind.Database when value.StartsWith("HGNC:", StringComparison.Ordinal) => $"https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/{value}",
            CitationKind.Database when value.StartsWith("NCBIGene:", StringComparison.Ordinal) => $"https://www.ncbi.nlm.nih.gov/gene/{After(value)}",
            CitationKind.Url => value,
            _ => null,
        };
    }

    private static string After(string value) => value[(value.IndexOf(':', StringComparison.Ordinal) + 1)..];
}
