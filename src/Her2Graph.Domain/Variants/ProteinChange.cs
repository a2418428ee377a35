namespace Her2Graph.Domain.Variants;

/// <summary>What happens to the protein, in HGVS terms.</summary>
public enum ChangeKind
{
    Substitution,
    Deletion,
    Duplication,
    Insertion,
    Delins,
}

/// <summary>A residue of the reference protein: its amino acid (three-letter) and position.</summary>
public sealed record Residue(string AminoAcid, int Position)
{
    public override string ToString() => AminoAcid + Position;
}

/// <summary>
/// A protein change on NP_004439.2: from <see cref="Start"/> to <see cref="End"/> (the same residue for a single one),
/// with the residues inserted or substituted. <see cref="ToString"/> is the normalised HGVS form (three-letter codes).
/// </summary>
public sealed record ProteinChange(ChangeKind Kind, Residue Start, Residue End, IReadOnlyList<string> Inserted)
{
    /// <summary>Residues added minus residues removed: positive for insertions, duplications and growing delins.</summary>
    public int NetLength => Kind switch
    {
        ChangeKind.Duplication => End.Position - Start.Position + 1,
        ChangeKind.Insertion => Inserted.Count,
        ChangeKind.Delins => Inserted.Count - (End.Position - Start.Position + 1),
        ChangeKind.Deletion => -(End.Position - Start.Position + 1),
        _ => 0,
    };

    public bool Equals(ProteinChange? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    public override string ToString()
    {
        var range = Start == End ? Start.ToString() : $"{Start}_{End}";
        var inserted = string.Concat(Inserted);
        return "p." + Kind switch
        {
            ChangeKind.Substitution => range + inserted,
            ChangeKind.Deletion => range + "del",
            ChangeKind.Duplication => range + "dup",
            ChangeKind.Insertion => range + "ins" + inserted,
            _ => range + "delins" + inserted,
        };
    }
}
