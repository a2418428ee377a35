namespace Her2Graph.Domain.Graph;

/// <summary>Converts relationship types to and from their wire names (<c>HAS_ADVERSE_EVENT</c>).</summary>
public static class RelationshipTypeNames
{
    private static readonly Dictionary<RelationshipType, string> WireNames =
        Enum.GetValues<RelationshipType>().ToDictionary(t => t, t => WireCase.ToConstantCase(t.ToString()));

    private static readonly Dictionary<string, RelationshipType> ByWireName =
        WireNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToWireName(this RelationshipType type) => WireNames[type];

    public static bool TryParseWireName(string name, out RelationshipType type) => ByWireName.TryGetValue(name, out type);

    public static RelationshipType ParseWireName(string name) =>
        TryParseWireName(name, out var type) ? type : throw new FormatException($"unknown relationship type '{name}'");
}
