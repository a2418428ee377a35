namespace Her2Graph.Domain.Graph;

/// <summary>The wire names of evidence levels (REGULATORY, RANDOMIZED_TRIAL, CASE_REPORT…), as stores keep them and GraphQL names them.</summary>
public static class EvidenceLevelNames
{
    private static readonly Dictionary<EvidenceLevel, string> WireNames =
        Enum.GetValues<EvidenceLevel>().ToDictionary(level => level, level => WireCase.ToConstantCase(level.ToString()));

    private static readonly Dictionary<string, EvidenceLevel> ByWireName =
        WireNames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToWireName(this EvidenceLevel level) => WireNames[level];

    public static EvidenceLevel ParseWireName(string name) =>
        ByWireName.TryGetValue(name, out var level) ? level : throw new FormatException($"unknown evidence level '{name}'");
}
