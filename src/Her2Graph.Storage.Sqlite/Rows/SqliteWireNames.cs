using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Sqlite.Rows;

/// <summary>
/// The text forms enums take in the database: the same wire names the API and the Neo4j adapter use, so that a file
/// can be read by hand and a filter on <c>status</c> compares against what a client sends.
/// </summary>
internal static class SqliteWireNames
{
    private static readonly string AllRelationshipTypes = SqliteJson.Strings(Enum.GetValues<RelationshipType>().Select(t => t.ToWireName()));

    /// <summary>
    /// The types to follow as a JSON list for <c>json_each</c>: all of them when none are given, so that statements
    /// always filter on type and the (from_id, type) and (to_id, type) indexes serve both columns.
    /// </summary>
    public static string RelationshipTypesJson(IReadOnlyCollection<RelationshipType>? types) =>
        types is { Count: > 0 } ? SqliteJson.Strings(types.Select(t => t.ToWireName())) : AllRelationshipTypes;

    public static string ToWire(VerificationStatus status) => status.ToWireName();

    public static VerificationStatus ParseStatus(string text) => WireNames.ParseWireName<VerificationStatus>(text);

    public static string? ToWire(EvidenceLevel? level) => level?.ToWireName();

    public static EvidenceLevel? ParseEvidenceLevel(string? text) => text is null ? null : WireNames.ParseWireName<EvidenceLevel>(text);

    public static NodeKind ParseKind(string text) => Enum.Parse<NodeKind>(text);
}
