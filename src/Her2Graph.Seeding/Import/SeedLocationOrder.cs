using System.Globalization;

namespace Her2Graph.Seeding.Import;

/// <summary>Orders <c>file:line</c> locations by file (ordinal), then by line as a number, so that line 9 comes before line 10.</summary>
public sealed class SeedLocationOrder : IComparer<string>
{
    public static SeedLocationOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (xFile, xLine) = Split(x ?? string.Empty);
        var (yFile, yLine) = Split(y ?? string.Empty);
        var byFile = string.CompareOrdinal(xFile, yFile);
        return byFile != 0 ? byFile : xLine.CompareTo(yLine);
    }

    private static (string File, long Line) Split(string location)
    {
        var colon = location.LastIndexOf(':');
        return colon > 0 && long.TryParse(location.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (location[..colon], line)
            : (location, 0);
    }
}
