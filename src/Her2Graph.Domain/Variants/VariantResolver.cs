using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Variants;

/// <summary>
/// Resolves notations against the curated variants: the variants with the same DNA change or the same protein change,
/// and for a change that is not curated, the classes <see cref="PlacementRules"/> place it in. A genomic position is
/// read on the transcript only where curated variants of one exon bracket it with one genome-to-transcript offset (then
/// no intron lies between them); the facts give no exon boundaries, so elsewhere the answer says it cannot place it.
/// </summary>
public sealed class VariantResolver(IReadOnlyList<GraphNode> variants, IReadOnlyDictionary<string, GraphNode> classes)
{
    private readonly IReadOnlyList<CuratedVariant> _curated = variants.Select(CuratedVariant.Of).ToList();

    public VariantResolution Resolve(string notation)
    {
        if (!HgvsParser.TryParse(notation, out var parsed, out var error)) return new VariantResolution(notation, null, error, [], [], null);
        if (parsed!.Gene != "ERBB2")
        {
            var where = parsed.Chromosome is { } chromosome ? $"chromosome {chromosome}" : $"gene {parsed.Gene}";
            return new VariantResolution(notation, parsed, null, [], [], $"{where} is not ERBB2's (chromosome 17): only ERBB2 variants are curated");
        }

        var matches = Match(parsed);
        if (matches.Count > 0) return new VariantResolution(notation, parsed, null, matches, [], null);

        var (placements, cannotPlace) = Place(parsed);
        return new VariantResolution(notation, parsed, null, matches, placements, cannotPlace);
    }

    private List<VariantMatch> Match(ParsedNotation parsed)
    {
        var matches = new List<VariantMatch>();
        foreach (var curated in _curated)
        {
            if (parsed.Protein is { } protein && curated.ProteinForms.FirstOrDefault(p => p.Change.Equals(protein)) is { Change: not null } form)
            {
                matches.Add(new VariantMatch(curated.Node, MatchLevel.SameProteinChange, form.From, curated.Node.Provenance.Status,
                    $"{protein} is the curated protein change of {curated.Node.Name}"));
            }

            if (parsed.Dna is null) continue;
            var allele = curated.Alleles.FirstOrDefault(a => a.Normalised == parsed.Normalised);
            if (allele.Normalised is null) continue;
            var matchedBy = $"{allele.Xref.Scheme.ToWireName()} {allele.Xref.Id}";
            matches.Add(allele.Xref.OtherAllele
                ? new VariantMatch(curated.Node, MatchLevel.SameProteinChange, matchedBy, allele.Xref.Status,
                    $"another allele than the curated one that gives the same protein change{ProteinOf(curated)}{(allele.Xref.Note is { } note ? $": {note}" : string.Empty)}")
                : new VariantMatch(curated.Node, MatchLevel.SameDnaChange, matchedBy, allele.Xref.Status, $"the curated allele of {curated.Node.Name}{ProteinOf(curated)}"));
        }

        return matches;
    }

    private (IReadOnlyList<ClassPlacement>, string?) Place(ParsedNotation parsed)
    {
        if (parsed.Protein is { } protein)
        {
            return PlacementRules.Place(protein.Kind, protein.Start.Position, protein.End.Position, protein.NetLength, inFrame: true, protein.ToString(), classes);
        }

        var dna = parsed.Dna!;
        var what = parsed.Normalised;
        if (parsed.Kind == NotationKind.Genomic)
        {
            if (OnTranscript(parsed.Build!.Value, dna) is not { } coding)
                return ([], $"{what} is not a curated allele, and no cited map reads it on the transcript: curated variants fix the genome-to-transcript offset only {WindowsText(parsed.Build.Value)} (exon boundaries are not in the facts)");
            dna = coding.Change;
            what = $"{what} (read as {HgvsParser.Transcript}:{coding.Change}, between the curated {coding.Anchors})";
        }

        // Codon of a c. position; an insertion between c.N and c.N+1 touches both codons.
        var first = (dna.Start + 2) / 3;
        var last = (dna.End + 2) / 3;
        return PlacementRules.Place(dna.Kind, first, last, dna.NetLength / 3, dna.NetLength % 3 == 0, what, classes);
    }

    private (DnaChange Change, string Anchors)? OnTranscript(GenomeBuild build, DnaChange genomic)
    {
        foreach (var window in Windows(build))
        {
            if (genomic.Start >= window.First && genomic.End <= window.Last)
                return (genomic.Shifted('c', -window.Offset), $"exon {window.Exon} variants {window.Names}");
        }

        return null;
    }

    private string WindowsText(GenomeBuild build)
    {
        var windows = Windows(build);
        return windows.Count == 0 ? "nowhere" : "inside " + string.Join(", ", windows.Select(w => $"g.{w.First}-{w.Last} (exon {w.Exon})"));
    }

    // Per exon: the curated alleles that have both a c. and a g. form on this build. Where they all agree on g − c the
    // stretch from the first to the last is one exon without an intron, and a position inside it maps by that offset.
    private List<(int Exon, int First, int Last, int Offset, string Names)> Windows(GenomeBuild build)
    {
        var scheme = build == GenomeBuild.Grch37 ? Identifiers.XrefScheme.HgvsGenomicGrch37 : Identifiers.XrefScheme.HgvsGenomicGrch38;
        var anchors = _curated
            .Where(v => v.Exon is not null)
            .SelectMany(v =>
            {
                var coding = v.Alleles.FirstOrDefault(a => a.Xref.Scheme == Identifiers.XrefScheme.HgvsCoding && !a.Xref.OtherAllele);
                var genomic = v.Alleles.FirstOrDefault(a => a.Xref.Scheme == scheme && !a.Xref.OtherAllele);
                return coding.Normalised is null || genomic.Normalised is null
                    ? []
                    : new[] { (Exon: v.Exon!.Value, G: genomic.Change.Start, Offset: genomic.Change.Start - coding.Change.Start, v.Node.Name) };
            })
            .ToList();
        return anchors.GroupBy(a => a.Exon)
            .Where(g => g.Count() >= 2 && g.Select(a => a.Offset).Distinct().Count() == 1)
            .Select(g => (g.Key, g.Min(a => a.G), g.Max(a => a.G), g.First().Offset, string.Join(", ", g.OrderBy(a => a.G).Select(a => a.Name))))
            .OrderBy(w => w.Item2)
            .ToList();
    }

    private static string ProteinOf(CuratedVariant curated) =>
        curated.Node.Properties.TryGetValue("hgvsProtein", out var protein) ? $" ({protein.GetString()})" : string.Empty;
}
