using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation;

/// <summary>The kebab-case words curators write for statuses and evidence levels (<c>from-knowledge</c>, <c>randomized-trial</c>), in declaration order.</summary>
internal static class WireValues
{
    public static IReadOnlyDictionary<string, VerificationStatus> Statuses { get; } = ByKebabName<VerificationStatus>();

    public static IReadOnlyDictionary<string, EvidenceLevel> EvidenceLevels { get; } = ByKebabName<EvidenceLevel>();

    private static Dictionary<string, T> ByKebabName<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => WireCase.ToKebabCase(v.ToString()), v => v, StringComparer.Ordinal);
}
