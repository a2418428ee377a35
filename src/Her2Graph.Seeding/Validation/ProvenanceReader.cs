using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>Checks a record's status, evidence level and citations and builds its <see cref="Provenance"/>.</summary>
internal static class ProvenanceReader
{
    public static Provenance? Read(
        string recordLocation,
        Located<string>? status,
        Located<string>? statusNote,
        Located<string>? evidence,
        IReadOnlyList<Located<string>> citations,
        bool citationRequired,
        ErrorList errors)
    {
        var before = errors.Count;
        var parsedStatus = ReadStatus(recordLocation, status, errors);
        var parsedEvidence = ReadEvidence(evidence, errors);
        var parsedCitations = new List<Citation>(citations.Count);
        foreach (var text in citations)
        {
            if (!Citation.TryParse(text.Value, out var citation, out var error)) errors.Add(ErrorCodes.MalformedCitation, text.Location, error);
            else if (CitationIds.IsZero(citation)) errors.Add(ErrorCodes.MalformedCitation, text.Location, $"'{citation.Value}' is not an id: {CitationIds.Rule}");
            else parsedCitations.Add(citation);
        }

        if (citationRequired && citations.Count == 0)
        {
            errors.Add(ErrorCodes.MissingCitation, recordLocation,
                "a relationship needs at least one citation: PMID:, PMCID:, DOI:, a trial id, a regulatory reference, a URL or REF:");
        }

        var note = string.IsNullOrWhiteSpace(statusNote?.Value) ? null : statusNote.Value;
        return errors.Count == before && parsedStatus is { } value ? new Provenance(parsedCitations, value, note, parsedEvidence) : null;
    }

    private static VerificationStatus? ReadStatus(string recordLocation, Located<string>? status, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(status?.Value))
        {
            errors.Add(ErrorCodes.MissingField, status?.Location ?? recordLocation, "status is missing: write verified, from-knowledge or unverified");
            return null;
        }

        if (WireNames.TryParseSeedWord<VerificationStatus>(status.Value, out var value)) return value;
        errors.Add(ErrorCodes.InvalidValue, status.Location, $"'{status.Value}' is not a status: use verified, from-knowledge or unverified");
        return null;
    }

    private static EvidenceLevel? ReadEvidence(Located<string>? evidence, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(evidence?.Value)) return null;
        if (WireNames.TryParseSeedWord<EvidenceLevel>(evidence.Value, out var level)) return level;
        errors.Add(ErrorCodes.InvalidValue, evidence.Location,
            $"'{evidence.Value}' is not an evidence level: use {string.Join(", ", WireNames.SeedWords<EvidenceLevel>())}");
        return null;
    }
}
