using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Variants;

/// <summary>How closely a notation matches a curated variant.</summary>
public enum MatchLevel
{
    /// <summary>The same DNA change as the variant's curated allele.</summary>
    SameDnaChange,

    /// <summary>The same protein change: another allele of it, or a protein notation of it.</summary>
    SameProteinChange,
}

/// <summary>A curated variant a notation matches, what it matched and how far that fact was checked.</summary>
public sealed record VariantMatch(GraphNode Variant, MatchLevel Level, string MatchedBy, VerificationStatus Status, string Reason);

/// <summary>A class a variant that is not curated falls into, by a named rule over cited ranges.</summary>
public sealed record ClassPlacement(GraphNode VariantClass, string Rule, string Reason, string Source, VerificationStatus Status);

/// <summary>
/// The answer for one notation: what it parsed to (or why it could not be read), the curated variants it matches, and
/// where none does, the classes a rule places it in or why no rule can.
/// </summary>
public sealed record VariantResolution(
    string Notation,
    ParsedNotation? Parsed,
    NotationError? Error,
    IReadOnlyList<VariantMatch> Matches,
    IReadOnlyList<ClassPlacement> Placements,
    string? CannotPlace);
