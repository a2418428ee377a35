using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Variants;

/// <summary>
/// The rules that place a variant that is not curated in a class, each over a range the research cites. A change is
/// read at protein level (codons of NM_004448.4: codon = ⌈c. position / 3⌉); only in-frame changes that add residues
/// have a rule, because the classes that hold point mutations (TKD activating, non-TKD, activating) are defined by
/// function, which a position does not tell.
/// </summary>
public static class PlacementRules
{
    public const string Exon20Insertion = "EXON20_INFRAME_INSERTION_CODONS_770_831";

    public const string Exon20Class = "erbb2-exon20-insertions";

    public const int Exon20FirstCodon = 770;

    public const int Exon20LastCodon = 831;

    public const string Exon20Source =
        "identifiers.json mut:ERBB2_exon20ins protein_range \"p.770_831 (in-frame insertions)\" (verified; OncoKB writes the class 770_831ins: github:oncokb/oncokb-public NewsContent092025.md)";

    /// <summary>The classes a change with these codons and this net length falls into, or why none.</summary>
    public static (IReadOnlyList<ClassPlacement> Placements, string? CannotPlace) Place(
        ChangeKind kind, int firstCodon, int lastCodon, int netResidues, bool inFrame, string what, IReadOnlyDictionary<string, GraphNode> classes)
    {
        if (!inFrame) return ([], $"{what} shifts the reading frame: no class rule covers frameshifts");
        var adds = kind is ChangeKind.Insertion or ChangeKind.Duplication || (kind == ChangeKind.Delins && netResidues > 0);
        if (!adds)
        {
            return ([], $"{what} ({Describe(kind, netResidues)} at codon{(firstCodon == lastCodon ? $" {firstCodon}" : $"s {firstCodon}-{lastCodon}")}) is not curated, and no cited rule places it by position: the classes that hold such changes are defined by function");
        }

        if (firstCodon < Exon20FirstCodon || lastCodon > Exon20LastCodon)
            return ([], $"{what} adds residues at codons {firstCodon}-{lastCodon}, outside codons {Exon20FirstCodon}-{Exon20LastCodon} of the exon 20 insertion class, and no other cited range covers it");
        if (!classes.TryGetValue(Exon20Class, out var exon20)) return ([], $"the class {Exon20Class} is not in this graph");
        var placement = new ClassPlacement(
            exon20,
            Exon20Insertion,
            $"{what}: an in-frame change adding {netResidues} residue{(netResidues == 1 ? string.Empty : "s")} at codons {firstCodon}-{lastCodon}, inside codons {Exon20FirstCodon}-{Exon20LastCodon}",
            Exon20Source,
            VerificationStatus.Verified);
        return ([placement], null);
    }

    private static string Describe(ChangeKind kind, int net) => kind switch
    {
        ChangeKind.Substitution => "a substitution",
        ChangeKind.Deletion => "a deletion",
        _ => net == 0 ? "a same-length delins" : "a delins that removes residues",
    };
}
