using System.Text.RegularExpressions;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Identifiers;

/// <summary>What one cross-reference scheme accepts and where its ids link to.</summary>
/// <param name="Scheme">The scheme.</param>
/// <param name="Description">What the scheme is, for the GraphQL enum and the seed README.</param>
/// <param name="Kinds">The node kinds that may carry ids of the scheme.</param>
/// <param name="Pattern">A well-formed id, anchored.</param>
/// <param name="Example">A well-formed id, for error messages.</param>
/// <param name="UrlTemplate">The id's page with <c>{id}</c> for the id, or null where the scheme has no open page (MedDRA is licensed; HGVS is a notation).</param>
/// <param name="SelfIdentifying">
/// True when an id of the scheme cannot be mistaken for another scheme's (<c>CHEMBL554</c>, <c>rs397516975</c>), so
/// a bare id finds its node; numeric ids (NCBI Gene, ClinVar, RxNorm, PubChem, MedDRA) need the scheme prefix.
/// </param>
/// <param name="Check">A further check beyond the pattern (the CAS check digit), or null.</param>
public sealed record XrefSchemeDefinition(
    XrefScheme Scheme,
    string Description,
    IReadOnlyList<NodeKind> Kinds,
    Regex Pattern,
    string Example,
    string? UrlTemplate,
    bool SelfIdentifying,
    Func<string, bool>? Check = null)
{
    /// <summary>The wire name, e.g. <c>HGVS_CODING</c>: the GraphQL enum value and the prefix of <see cref="CrossReference.Key"/>.</summary>
    public string WireName { get; } = Scheme.ToWireName();

    public bool IsWellFormed(string id) => Pattern.IsMatch(id) && (Check?.Invoke(id) ?? true);

    // Colons stay as written: HGNC:3430 and MONDO:0005233 are how those sites spell their ids in links.
    public string? UrlOf(string id) =>
        UrlTemplate?.Replace("{id}", Uri.EscapeDataString(id).Replace("%3A", ":", StringComparison.Ordinal), StringComparison.Ordinal);
}
