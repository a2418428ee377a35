using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;

namespace Her2Graph.Domain.Variants;

/// <summary>
/// A curated Variant node read for resolution: its protein change (hgvsProtein and every alias that is a protein
/// notation: the curators' statement that A775_G776insYVMA and p.Tyr772_Ala775dup are one change) and its alleles (the
/// HGVS c. and g. cross-references, each with its status and whether it is another allele of the same protein change).
/// </summary>
public sealed record CuratedVariant(GraphNode Node, IReadOnlyList<(ProteinChange Change, string From)> ProteinForms, IReadOnlyList<(string Normalised, DnaChange Change, CrossReference Xref)> Alleles)
{
    private static readonly XrefScheme[] NucleotideSchemes = [XrefScheme.HgvsCoding, XrefScheme.HgvsGenomicGrch38, XrefScheme.HgvsGenomicGrch37];

    public int? Exon => Node.Properties.TryGetValue("exon", out var exon) && exon.ValueKind == System.Text.Json.JsonValueKind.Number ? exon.GetInt32() : null;

    public static CuratedVariant Of(GraphNode node)
    {
        var proteins = new List<(ProteinChange, string)>();
        if (node.Properties.TryGetValue("hgvsProtein", out var hgvs) && hgvs.GetString() is { } protein && Protein(protein) is { } change)
            proteins.Add((change, $"hgvsProtein {protein}"));
        foreach (var alias in node.Aliases)
        {
            if (Protein(alias) is { } aliased && !proteins.Any(p => p.Item1.Equals(aliased))) proteins.Add((aliased, $"curated alias {alias}"));
        }

        var alleles = node.Xrefs
            .Where(x => NucleotideSchemes.Contains(x.Scheme))
            .Select(x => HgvsParser.TryParse(x.Id, out var parsed, out _) && parsed!.Dna is { } dna ? (parsed.Normalised, dna, x) : default)
            .Where(a => a.Normalised is not null)
            .ToList();
        return new CuratedVariant(node, proteins, alleles);
    }

    private static ProteinChange? Protein(string text) =>
        HgvsParser.TryParse(text, out var parsed, out _) && parsed!.Kind == NotationKind.Protein ? parsed.Protein : null;
}
