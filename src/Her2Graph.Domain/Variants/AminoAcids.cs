namespace Her2Graph.Domain.Variants;

/// <summary>The amino acids in HGVS's three-letter and one-letter codes (Ter/* for a stop).</summary>
public static class AminoAcids
{
    private static readonly (string Three, char One)[] Table =
    [
        ("Ala", 'A'), ("Arg", 'R'), ("Asn", 'N'), ("Asp", 'D'), ("Cys", 'C'), ("Gln", 'Q'), ("Glu", 'E'), ("Gly", 'G'),
        ("His", 'H'), ("Ile", 'I'), ("Leu", 'L'), ("Lys", 'K'), ("Met", 'M'), ("Phe", 'F'), ("Pro", 'P'), ("Ser", 'S'),
        ("Thr", 'T'), ("Trp", 'W'), ("Tyr", 'Y'), ("Val", 'V'), ("Sec", 'U'), ("Pyl", 'O'), ("Ter", '*'),
    ];

    private static readonly Dictionary<string, string> ByThree = Table.ToDictionary(a => a.Three, a => a.Three, StringComparer.Ordinal);

    private static readonly Dictionary<char, string> ByOne = Table.ToDictionary(a => a.One, a => a.Three);

    /// <summary>The three-letter code of a one-letter code (Y → Tyr), or null.</summary>
    public static string? FromOne(char code) => ByOne.GetValueOrDefault(code);

    /// <summary>Whether the text is a three-letter code as HGVS writes it: one capital, two small letters (Tyr).</summary>
    public static bool IsThree(string text) => ByThree.ContainsKey(text);
}
