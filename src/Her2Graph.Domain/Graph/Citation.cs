using System.Text.RegularExpressions;

namespace Her2Graph.Domain.Graph;

/// <summary>One source behind a fact, kept exactly as written (<see cref="Value"/>) and classified by <see cref="Kind"/>.</summary>
public sealed partial record Citation(CitationKind Kind, string Value)
{
    public override string ToString() => Value;

    /// <summary>Parses a citation, or explains what is wrong with it.</summary>
    public static bool TryParse(string text, out Citation citation, out string error)
    {
        citation = new Citation(CitationKind.Reference, text);
        error = string.Empty;
        var value = text.Trim();
        var kind = Classify(value, out error);
        if (kind is null) return false;
        citation = new Citation(kind.Value, value);
        return true;
    }

    /// <summary>Parses a citation that is known to be valid (for example read back from a store).</summary>
    public static Citation Parse(string text) =>
        TryParse(text, out var citation, out var error) ? citation : throw new FormatException(error);

    private static CitationKind? Classify(string value, out string error)
    {
        error = string.Empty;
        if (value.Length == 0) return Fail("empty citation", out error);
        if (Has(value, "PMID"))
            return PmidPattern().IsMatch(value) ? CitationKind.Pmid : Fail($"malformed PMID '{value}': expected PMID:<digits>, e.g. PMID:34534430", out error);
        if (Has(value, "PMCID"))
            return PmcidPattern().IsMatch(value) ? CitationKind.Pmcid : Fail($"malformed PMCID '{value}': expected PMCID:PMC<digits>, e.g. PMCID:PMC8887939", out error);
        if (Has(value, "DOI") || value.StartsWith("10.", StringComparison.Ordinal))
            return DoiPattern().IsMatch(value) ? CitationKind.Doi : Fail($"malformed DOI '{value}': expected DOI:10.<registrant>/<suffix>, e.g. DOI:10.1056/NEJMoa2112431", out error);
        if (Has(value, "NCT"))
            return NctPattern().IsMatch(value) ? CitationKind.TrialRegistry : Fail($"malformed NCT id '{value}': expected NCT followed by 8 digits, e.g. NCT03505710", out error);
        if (Has(value, "ChiCTR"))
            return ChiCtrPattern().IsMatch(value) ? CitationKind.TrialRegistry : Fail($"malformed ChiCTR id '{value}': expected ChiCTR followed by digits, e.g. ChiCTR1800020262", out error);
        if (DatabasePattern().IsMatch(value)) return CitationKind.Database;
        if (RegulatoryPattern().IsMatch(value)) return CitationKind.Regulatory;
        if (UrlPattern().IsMatch(value)) return CitationKind.Url;
        if (ReferencePattern().IsMatch(value)) return CitationKind.Reference;
        return Fail(
            $"unknown citation format '{value}': use PMID:, PMCID:, DOI:, an NCT or ChiCTR id, HGNC:/NCBIGene:, FDA:/EMA:/NMPA:/PMDA:, an https:// URL, or REF: <reference>",
            out error);
    }

    private static bool Has(string value, string prefix) => value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static CitationKind? Fail(string message, out string error)
    {
        error = message;
        return null;
    }

    [GeneratedRegex(@"^PMID:\d{1,9}$")]
    private static partial Regex PmidPattern();

    [GeneratedRegex(@"^PMCID:PMC\d{1,9}$")]
    private static partial Regex PmcidPattern();

    [GeneratedRegex(@"^DOI:10\.\d{4,9}/\S+$")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"^NCT\d{8}$")]
    private static partial Regex NctPattern();

    [GeneratedRegex(@"^ChiCTR\d{6,12}$")]
    private static partial Regex ChiCtrPattern();

    [GeneratedRegex(@"^(HGNC|NCBIGene):\d+$")]
    private static partial Regex DatabasePattern();

    [GeneratedRegex(@"^(FDA|EMA|NMPA|PMDA): \S.*$")]
    private static partial Regex RegulatoryPattern();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^REF: \S.*$")]
    private static partial Regex ReferencePattern();
}
