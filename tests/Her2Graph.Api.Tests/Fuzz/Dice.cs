using CsCheck;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>
/// The generator's randomness: one CsCheck PCG stream, so a run is fixed by its seed and any single case can be
/// replayed from the seed string printed for it.
/// </summary>
internal sealed class Dice(PCG pcg)
{
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 16];

    /// <summary>The seed string that replays the next case from here.</summary>
    public string Seed => pcg.ToString();

    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)pcg.Next((uint)maxExclusive);

    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>
    /// Whether the case under way makes no deliberate mistake. Half the cases are clean, so that most of them get past
    /// validation and execute; the other half make mistakes at the rates given to <see cref="Mistake"/>.
    /// </summary>
    public bool Clean { get; set; }

    /// <summary>Whether to make a deliberate mistake here (never in a clean case).</summary>
    public bool Mistake(int percent) => !Clean && Chance(percent);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Any UTF-16 text, lone surrogates and controls included, but never a marker the verdict looks for.</summary>
    public string AnyString()
    {
        var text = AnyText.Generate(pcg, null!, out _);
        return FuzzVerdict.Markers.Any(m => text.Contains(m, StringComparison.Ordinal)) ? "x" : text;
    }
}
