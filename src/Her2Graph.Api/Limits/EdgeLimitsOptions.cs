namespace Her2Graph.Api.Limits;

/// <summary>
/// What one anonymous request may ask for, checked before the engine does expensive work (section
/// <c>Her2Graph:Limits</c>). The defaults sit far above every example query and far below what hurts the server.
/// </summary>
internal sealed class EdgeLimitsOptions
{
    public const string Section = "Her2Graph:Limits";

    /// <summary>Aliased fields in one selection set (fragments merged): 263 aliased <c>paths</c> took 14.5 s.</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>Fields in one selection set (fragments merged): bounds the engine's pairwise field-merging check.</summary>
    public int MaxFieldsPerSelection { get; set; } = 100;

    /// <summary>Directives in the whole document.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Errors in one response; the rest are dropped and a last error says so.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Words in a <c>search(text:)</c>: each becomes a term of the full-text query.</summary>
    public int MaxSearchWords { get; set; } = 64;

    /// <summary>Characters in a <c>search(text:)</c>.</summary>
    public int MaxSearchCharacters { get; set; } = 1_000;

    /// <summary>Conditions in one <c>where</c> filter (each property condition, at any depth).</summary>
    public int MaxFilterTerms { get; set; } = 100;

    /// <summary>Nesting of <c>and</c>/<c>or</c>/<c>not</c> in one <c>where</c> filter.</summary>
    public int MaxFilterDepth { get; set; } = 10;

    /// <summary>Items in any list argument of a query (<c>nodes(ids:)</c>, <c>kinds</c>, <c>in</c>, …).</summary>
    public int MaxListItems { get; set; } = 100;

    /// <summary>Characters in any string argument, query or mutation.</summary>
    public int MaxStringLength { get; set; } = 10_000;
}
