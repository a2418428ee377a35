namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>Values worth trying in every argument: real keys (so that resolvers run), edge cases and injection shapes.</summary>
internal static class FuzzInputs
{
    public static IReadOnlyList<string> Keys { get; } =
    [
        "ERBB2", "EGFR", "trastuzumab deruxtecan", "afatinib", "ERBB2:A775_G776insYVMA", "erbb2-exon20-insertions",
        "NCT04644237", "NCT03505710/cohort-2", "diarrhea", "ILD/pneumonitis", "her2-t798i-gatekeeper",
        "10.3779/j.issn.1009-3419.2025.106.22", "her2", "exon 20", "T-DXd", "Enhertu", "YVMA",
    ];

    public static IReadOnlyList<string> EdgeStrings { get; } =
    [
        "", " ", "\t", "\n", "\0", "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFE", "\uFEFF", "\u200B", "\u202Eevil", "a\u0301",
        "😀", "🧬🫁", "间质性肺病", "Ω≈ç√∫", "ﷺ", "𝕳𝖊𝖗2", "   ", "é", "\r\n",
        "' OR '1'='1", "\"; DROP TABLE nodes; --", "1) OR (1=1", "ERBB2%' --", "%", "_", "*", "\\", "\\\\", "%s%s%n",
        "MATCH (n) DETACH DELETE n", "} RETURN n //", "<script>alert(1)</script>", "../../../../etc/passwd", "${jndi:ldap://x/a}",
        "{{7*7}}", "NaN", "-0", "null", "undefined", "true", "__typename", "$var", "@include", "#", "\"",
    ];

    public static IReadOnlyList<string> SmallInts { get; } = ["0", "1", "2", "3", "5", "10", "20", "-1"];

    public static IReadOnlyList<string> EdgeInts { get; } =
    [
        "100", "101", "1000", "2147483647", "-2147483648", "2147483648", "-2147483649", "99999999999999999999",
        "-99999999999999999999999999999999999999",
    ];

    public static IReadOnlyList<string> Floats { get; } = ["0.5", "-0.0", "3.14", "1e308", "1e400", "-1.5e-10", "42.0", "1E3"];

    public static IReadOnlyList<string> Dates { get; } =
        ["2026-03-14T09:26:53Z", "2026-03-14", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "2026-02-30T00:00:00Z", "yesterday"];

    /// <summary>PartialDate inputs: each precision, and impossible or malformed dates the scalar must refuse.</summary>
    public static IReadOnlyList<string> PartialDates { get; } = ["2022", "2022-08", "2022-08-11", "2022-02-30", "2022-13", "0000", "22-8", "2022-8-1", "2022-08-11T00:00:00Z"];
}
