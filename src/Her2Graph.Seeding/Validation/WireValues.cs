using System.Text;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Validation;

/// <summary>The kebab-case words curators write for statuses and evidence levels (<c>from-knowledge</c>, <c>randomized-trial</c>).</summary>
internal static class WireValues
{
    public static IReadOnlyDictionary<string, VerificationStatus> Statuses { get; } = ByKebabName<VerificationStatus>();

    public static IReadOnlyDictionary<string, EvidenceLevel> EvidenceLevels { get; } = ByKebabName<EvidenceLevel>();

    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) builder.Append('-');
            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static Dictionary<string, T> ByKebabName<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(Kebab, v => v, StringComparer.Ordinal);
}
