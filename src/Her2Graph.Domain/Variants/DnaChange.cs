namespace Her2Graph.Domain.Variants;

/// <summary>
/// A change of coding (<c>c.</c>) or genomic (<c>g.</c>) DNA from <see cref="Start"/> to <see cref="End"/>;
/// <see cref="Reference"/> and <see cref="Inserted"/> are bases (a substitution's reference and alternate, an
/// insertion's or delins's new bases). <see cref="ToString"/> is the normalised HGVS form: a deletion or duplication
/// names no bases, as HGVS recommends, so that c.2313_2324dup and c.2313_2324dupATACGTGATGGC compare equal.
/// </summary>
public sealed record DnaChange(char Coordinates, ChangeKind Kind, int Start, int End, string Reference, string Inserted)
{
    /// <summary>Bases added minus bases removed.</summary>
    public int NetLength => Kind switch
    {
        ChangeKind.Duplication => End - Start + 1,
        ChangeKind.Insertion => Inserted.Length,
        ChangeKind.Delins => Inserted.Length - (End - Start + 1),
        ChangeKind.Deletion => -(End - Start + 1),
        _ => 0,
    };

    /// <summary>The same change at positions moved by <paramref name="offset"/> in another coordinate system.</summary>
    public DnaChange Shifted(char coordinates, int offset) => this with { Coordinates = coordinates, Start = Start + offset, End = End + offset };

    public override string ToString()
    {
        var range = Start == End ? $"{Start}" : $"{Start}_{End}";
        return $"{Coordinates}." + Kind switch
        {
            ChangeKind.Substitution => $"{range}{Reference}>{Inserted}",
            ChangeKind.Deletion => range + "del",
            ChangeKind.Duplication => range + "dup",
            ChangeKind.Insertion => range + "ins" + Inserted,
            _ => range + "delins" + Inserted,
        };
    }
}
