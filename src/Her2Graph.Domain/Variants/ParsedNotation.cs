namespace Her2Graph.Domain.Variants;

/// <summary>What a notation describes: a protein, coding-DNA or genomic change.</summary>
public enum NotationKind
{
    Protein,
    Coding,
    Genomic,
}

/// <summary>The genome builds genomic notations name.</summary>
public enum GenomeBuild
{
    Grch38,
    Grch37,
}

/// <summary>
/// A parsed notation: its kind, gene and reference sequence, the change, and the normalised HGVS string that equal
/// changes share (<c>NM_004448.4:c.2313_2324dup</c>, <c>NP_004439.2:p.Tyr772_Ala775dup</c>,
/// <c>NC_000017.11:g.39723967T&gt;C</c>). <see cref="Notes"/> say what the parser assumed (the build of a bare
/// chromosome position, for example).
/// </summary>
public sealed record ParsedNotation(
    NotationKind Kind,
    string Gene,
    string Reference,
    GenomeBuild? Build,
    int? Chromosome,
    ProteinChange? Protein,
    DnaChange? Dna,
    IReadOnlyList<string> Notes)
{
    public string Normalised => Reference + ":" + (Protein?.ToString() ?? Dna!.ToString());
}

/// <summary>Why a notation could not be read: the 1-based character position in the text as given, and what was expected there.</summary>
public sealed record NotationError(int Position, string Message);
