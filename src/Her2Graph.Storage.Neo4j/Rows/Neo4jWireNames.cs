using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Neo4j.Rows;

/// <summary>
/// The text forms enums take in the graph: the same wire names the API and the SQLite adapter use, so a filter on
/// <c>status</c> compares against what a client sends and a Cypher user reads what the API shows.
/// </summary>
internal static class Neo4jWireNames
{
    private static readonly string[] AllRelationshipTypes = Enum.GetValues<RelationshipType>().Select(t => t.ToWireName()).ToArray();

    /// <summary>The types to follow: all of them when none are given, so that statements always filter on type.</summary>
    public static IReadOnlyList<string> RelationshipTypes(IReadOnlyCollection<RelationshipType>? types) =>
        types is { Count: > 0 } ? types.Select(t => t.ToWireName()).ToList() : AllRelationshipTypes;

    public static string? ToWire(EvidenceLevel? level) => level?.ToWireName();

    public static EvidenceLevel? ParseEvidenceLevel(string? text) => text is null ? null : WireNames.ParseWireName<EvidenceLevel>(text);

    public static NodeKind ParseKind(string text) => Enum.Parse<NodeKind>(text);
}
