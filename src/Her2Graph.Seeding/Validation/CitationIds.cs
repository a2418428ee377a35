using System.Text.RegularExpressions;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// The numeric ids in citations are positive. The citation grammar (<see cref="Citation"/>) accepts any digits, and
/// PMID:0 or HGNC:000 names nothing.
/// </summary>
internal static partial class CitationIds
{
    public const string Rule = "PMIDs, PMCIDs, HGNC and NCBI Gene ids are positive numbers";

    public static bool IsZero(Citation citation) => ZeroId().IsMatch(citation.Value);

    [GeneratedRegex(@"^(PMID:|PMCID:PMC|HGNC:|NCBIGene:)0+$")]
    private static partial Regex ZeroId();
}
