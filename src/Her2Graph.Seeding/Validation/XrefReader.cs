using Her2Graph.Domain.Errors;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Seeding.Input;

namespace Her2Graph.Seeding.Validation;

/// <summary>
/// Checks a node's cross-references and builds them: a known scheme that applies to the node's kind, an id of the
/// scheme's form, a status, and each scheme and id once. The same rules hold in seed files and mutations.
/// </summary>
internal static class XrefReader
{
    public static List<CrossReference> Read(IReadOnlyList<XrefInput> inputs, NodeKind? kind, ErrorList errors)
    {
        var xrefs = new List<CrossReference>(inputs.Count);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var before = errors.Count;
            var scheme = ReadScheme(input, kind, errors);
            var id = RequiredField.Read(input.Id, "xref id", input.Location, errors);
            var status = ReadStatus(input, errors);
            var otherAllele = ReadFlag(input.OtherAllele, errors);
            if (scheme is not { } s || id is null || errors.Count != before || status is null) continue;

            var definition = XrefSchemes.Get(s);
            if (!definition.IsWellFormed(id))
            {
                errors.Add(ErrorCodes.MalformedXref, input.Id!.Location,
                    $"'{id}' is not a well-formed {definition.WireName.ToLowerInvariant().Replace('_', '-')} id: expected e.g. {definition.Example}");
                continue;
            }

            var xref = new CrossReference(s, id, status.Value, Text(input.Source), Text(input.Label), otherAllele, Text(input.Note));
            if (!seen.TryAdd(xref.Key, input.Location))
            {
                errors.Add(ErrorCodes.DuplicateXref, input.Location, $"{xref.Key} is already listed at {seen[xref.Key]}");
                continue;
            }

            xrefs.Add(xref);
        }

        return xrefs;
    }

    private static XrefScheme? ReadScheme(XrefInput input, NodeKind? kind, ErrorList errors)
    {
        var text = RequiredField.Read(input.Scheme, "xref scheme", input.Location, errors);
        if (text is null) return null;
        if (!WireNames.TryParseSeedWord<XrefScheme>(text, out var scheme) && !WireNames.TryParseWireName(text, out scheme))
        {
            errors.Add(ErrorCodes.UnknownXrefScheme, input.Scheme!.Location,
                $"unknown xref scheme '{text}': use {string.Join(", ", WireNames.SeedWords<XrefScheme>())}");
            return null;
        }

        var definition = XrefSchemes.Get(scheme);
        if (kind is { } k && !definition.Kinds.Contains(k))
        {
            errors.Add(ErrorCodes.XrefWrongKind, input.Scheme!.Location,
                $"a {k} has no {scheme.ToSeedWord()} id: {scheme.ToSeedWord()} ids are for {string.Join(", ", definition.Kinds)}");
            return null;
        }

        return scheme;
    }

    private static VerificationStatus? ReadStatus(XrefInput input, ErrorList errors)
    {
        if (string.IsNullOrWhiteSpace(input.Status?.Value))
        {
            errors.Add(ErrorCodes.MissingField, input.Status?.Location ?? input.Location,
                "xref status is missing: write verified (seen in a source) or from-knowledge");
            return null;
        }

        if (WireNames.TryParseSeedWord<VerificationStatus>(input.Status.Value, out var status)) return status;
        errors.Add(ErrorCodes.InvalidValue, input.Status.Location, $"'{input.Status.Value}' is not a status: use verified, from-knowledge or unverified");
        return null;
    }

    private static bool ReadFlag(Located<string>? flag, ErrorList errors)
    {
        if (flag is null || flag.Value.Length == 0) return false;
        if (bool.TryParse(flag.Value, out var value)) return value;
        errors.Add(ErrorCodes.WrongType, flag.Location, $"otherAllele must be true or false, not '{flag.Value}'");
        return false;
    }

    private static string? Text(Located<string>? text) => string.IsNullOrWhiteSpace(text?.Value) ? null : text.Value;
}
