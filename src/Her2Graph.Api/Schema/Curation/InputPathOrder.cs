using System.Text.RegularExpressions;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>Orders input paths as they appear in the input: <c>nodes[2]</c> before <c>nodes[10]</c>.</summary>
internal sealed partial class InputPathOrder : IComparer<string>
{
    public static InputPathOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = Pieces().Split(x ?? string.Empty);
        var right = Pieces().Split(y ?? string.Empty);
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = long.TryParse(left[i], out var a) && long.TryParse(right[i], out var b) ? a.CompareTo(b) : string.CompareOrdinal(left[i], right[i]);
            if (order != 0) return order;
        }

        return left.Length.CompareTo(right.Length);
    }

    // Splits text from the digits of list indexes, keeping both.
    [GeneratedRegex(@"(\d+)")]
    private static partial Regex Pieces();
}
