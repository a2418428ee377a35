using System.Text.RegularExpressions;

namespace Her2Graph.Domain.Variants;

/// <summary>
/// Reads ERBB2 variant notations in the forms sequencing reports use: HGVS p. (three- or one-letter, with or without
/// <c>p.</c>, parentheses, a gene or NP_004439.2 prefix), legacy insertion names (<c>A775_G776insYVMA</c>,
/// <c>G776&gt;VC</c>), HGVS c. on NM_004448.4, HGVS g. on NC_000017.11 (GRCh38) or NC_000017.10 (GRCh37), and
/// chromosome positions (<c>chr17:39723967 T&gt;C</c>, <c>GRCh37:17:g.37880220T&gt;C</c>). A notation it cannot read
/// gets an error naming the 1-based character where reading stopped and what was expected there.
/// </summary>
public static partial class HgvsParser
{
    public const string Transcript = "NM_004448.4";
    public const string ProteinReference = "NP_004439.2";
    public const string Grch38Chromosome17 = "NC_000017.11";
    public const string Grch37Chromosome17 = "NC_000017.10";
    public const int MaxLength = 200;

    public static bool TryParse(string text, out ParsedNotation? parsed, out NotationError? error)
    {
        parsed = null;
        error = null;
        try
        {
            parsed = new Reader(text).Read();
            return true;
        }
        catch (NotationException e)
        {
            error = new NotationError(e.Position, e.Message);
            return false;
        }
    }

    private sealed class NotationException(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }

    private sealed class Reader(string text)
    {
        private readonly List<string> _notes = [];
        private int _at;
        private GenomeBuild? _build;
        private int? _chromosome;
        private string _gene = "ERBB2";
        private string? _accession;

        public ParsedNotation Read()
        {
            if (text.Length > MaxLength) Fail(MaxLength + 1, $"a notation is at most {MaxLength} characters");
            SkipSpaces();
            if (_at == text.Length) Fail("empty notation: expected e.g. NM_004448.4:c.2313_2324dup, p.Tyr772_Ala775dup or A775_G776insYVMA");
            ReadBuild();
            if (ChromosomeForm().Match(text, _at) is { Success: true } chromosome && chromosome.Index == _at) return ReadChromosomeForm(chromosome);
            ReadGene();
            ReadAccession();
            var parsed = ReadBody();
            SkipSpaces();
            if (_at < text.Length) Fail($"unexpected '{Rest()}' after the change");
            return parsed;
        }

        private void ReadBuild()
        {
            if (BuildPrefix().Match(text, _at) is not { Success: true } build || build.Index != _at) return;
            _build = build.Groups[1].Value.ToUpperInvariant() is "GRCH37" or "HG19" ? GenomeBuild.Grch37 : GenomeBuild.Grch38;
            _at += build.Length;
            SkipSpaces();
        }

        private ParsedNotation ReadChromosomeForm(Match chromosome)
        {
            var name = chromosome.Groups[2].Value;
            _chromosome = int.TryParse(name, out var number) ? number : null;
            _at += chromosome.Length;
            if (_build is null)
            {
                _build = GenomeBuild.Grch38;
                _notes.Add("no build given: read as GRCh38 (write GRCh37: or hg19: before a GRCh37 position)");
            }

            DnaChange change;
            if (Accept("g."))
            {
                change = ReadDnaChange('g');
            }
            else
            {
                // chr17:39723967 T>C, chr17:39723967T>C, chr17-39723967-T-C: one base for another, as VCF lines give it.
                var position = ReadPosition();
                var separated = Accept(" ") || Accept("-");
                SkipSpaces();
                var reference = ReadBases("the reference base");
                if (reference.Length > 1) Fail(_at - reference.Length + 1, "only a single-base change is read in this form: write an indel as HGVS g., e.g. chr17:g.39724731_39724742dup");
                if (!(Accept(">") || (separated && Accept("-")) || Accept(" "))) Fail("expected '>' between the reference and the alternate base");
                var alternate = ReadBases("the alternate base");
                if (alternate.Length > 1) Fail(_at - alternate.Length + 1, "only a single-base change is read in this form: write an indel as HGVS g.");
                if (alternate == reference) Fail(_at, $"the alternate base equals the reference base {reference}: no change");
                change = new DnaChange('g', ChangeKind.Substitution, position, position, reference, alternate);
            }

            SkipSpaces();
            if (_at < text.Length) Fail($"unexpected '{Rest()}' after the change");
            var reference17 = _build == GenomeBuild.Grch37 ? Grch37Chromosome17 : Grch38Chromosome17;
            return new ParsedNotation(NotationKind.Genomic, _chromosome == 17 ? "ERBB2" : string.Empty, _chromosome == 17 ? reference17 : "chr" + name,
                _build, _chromosome, null, change, _notes);
        }

        private void ReadGene()
        {
            if (GenePrefix().Match(text, _at) is not { Success: true } gene || gene.Index != _at) return;
            var symbol = gene.Groups[1].Value;
            if (ResidueLike().IsMatch(symbol)) return;
            _gene = symbol.ToUpperInvariant() is "ERBB2" or "HER2" ? "ERBB2" : symbol;
            _at += gene.Length;
        }

        private void ReadAccession()
        {
            if (AccessionPrefix().Match(text, _at) is not { Success: true } accession || accession.Index != _at) return;
            var value = accession.Groups[1].Value;
            var start = _at + 1;
            var expected = value[..2] switch
            {
                "NM" => Transcript,
                "NP" => ProteinReference,
                _ => value is Grch38Chromosome17 or Grch37Chromosome17 ? value : null,
            };
            if (expected != value)
            {
                Fail(start, value.StartsWith("NC", StringComparison.Ordinal)
                    ? $"{value} is not ERBB2's chromosome: use NC_000017.11 (GRCh38) or NC_000017.10 (GRCh37)"
                    : $"{value} is not the curated reference: ERBB2 is curated on {Transcript} / {ProteinReference} (MANE Select)");
            }

            if (value.StartsWith("NC", StringComparison.Ordinal))
            {
                var build = value == Grch37Chromosome17 ? GenomeBuild.Grch37 : GenomeBuild.Grch38;
                if (_build is { } given && given != build) Fail(start, $"{value} is on {build}, not on the {given} the prefix names");
                _build = build;
                _chromosome = 17;
            }

            _accession = value;
            _at += accession.Length;
        }

        private ParsedNotation ReadBody()
        {
            var start = _at + 1;
            if (Accept("c."))
            {
                if (_accession is not null and not Transcript) Fail(start, $"a c. change is on a transcript ({Transcript}), not on {_accession}");
                return new ParsedNotation(NotationKind.Coding, _gene, Transcript, null, null, null, ReadDnaChange('c'), _notes);
            }

            if (Accept("g."))
            {
                if (_build is null) Fail(start, "a g. change needs its chromosome: NC_000017.11:g.… (GRCh38) or NC_000017.10:g.… (GRCh37)");
                return new ParsedNotation(NotationKind.Genomic, _gene, _build == GenomeBuild.Grch37 ? Grch37Chromosome17 : Grch38Chromosome17, _build, 17, null, ReadDnaChange('g'), _notes);
            }

            if (_at + 1 < text.Length && text[_at + 1] == '.' && text[_at] is 'n' or 'm' or 'r' or 'o')
                Fail(start, $"{text[_at]}. notation is not read: use p., c. or g.");
            if (_accession is Transcript or Grch37Chromosome17 or Grch38Chromosome17) Fail(start, $"expected {(_accession == Transcript ? "c." : "g.")} after {_accession}:");
            Accept("p.");
            return new ParsedNotation(NotationKind.Protein, _gene, ProteinReference, null, null, ReadProteinChange(), null, _notes);
        }

        private DnaChange ReadDnaChange(char coordinates)
        {
            if (Peek() is '-' or '*') Fail($"positions outside the coding sequence ({coordinates}.-N, {coordinates}.*N) are not read");
            var start = ReadPosition();
            var end = start;
            if (Accept("_"))
            {
                if (Peek() is '-' or '*') Fail($"positions outside the coding sequence ({coordinates}.-N, {coordinates}.*N) are not read");
                var at = _at + 1;
                end = ReadPosition();
                if (end <= start) Fail(at, $"the range must ascend: {end} is not after {start}");
            }

            var length = end - start + 1;
            var kindAt = _at + 1;
            if (Accept("delins")) return new DnaChange(coordinates, ChangeKind.Delins, start, end, string.Empty, ReadBases("the inserted bases"));
            if (Accept("del")) return new DnaChange(coordinates, ChangeKind.Deletion, start, end, OptionalBases(length, "deleted"), string.Empty);
            if (Accept("dup")) return new DnaChange(coordinates, ChangeKind.Duplication, start, end, OptionalBases(length, "duplicated"), string.Empty);
            if (Accept("ins"))
            {
                if (end != start + 1) Fail(kindAt, $"an insertion lies between two adjacent positions, e.g. {coordinates}.2326_2327insTGT");
                return new DnaChange(coordinates, ChangeKind.Insertion, start, end, string.Empty, ReadBases("the inserted bases"));
            }

            if (Peek() is '=') Fail("'=' (no change) is not a variant");
            if (IsBase(Peek()))
            {
                if (end != start) Fail(kindAt, "a substitution changes one base: write a range change as delins");
                var reference = char.ToUpperInvariant(text[_at++]).ToString();
                if (!Accept(">")) Fail("expected '>' between the reference and the alternate base, e.g. c.2264T>C");
                var alternateAt = _at + 1;
                var alternate = ReadBases("the alternate base");
                if (alternate.Length != 1) Fail(alternateAt, "a substitution has one alternate base: write more as delins");
                if (alternate == reference) Fail(alternateAt, $"the alternate base equals the reference base {reference}: no change");
                return new DnaChange(coordinates, ChangeKind.Substitution, start, end, reference, alternate);
            }

            Fail($"expected a base and '>', del, dup, ins or delins after the position, found '{Rest()}'");
            return null!;
        }

        private string OptionalBases(int length, string what)
        {
            if (!IsBase(Peek())) return string.Empty;
            var at = _at + 1;
            var bases = ReadBases($"the {what} bases");
            if (bases.Length != length) Fail(at, $"{bases.Length} {what} bases given for a range of {length}");
            return bases;
        }

        private ProteinChange ReadProteinChange()
        {
            var parenthesised = Accept("(");
            var start = ReadResidue();
            var end = start;
            if (Accept("_"))
            {
                var at = _at + 1;
                end = ReadResidue();
                if (end.Position <= start.Position) Fail(at, $"the range must ascend: {end.Position} is not after {start.Position}");
            }

            var kindAt = _at + 1;
            ProteinChange change;
            if (Accept("delins") || (start == end && Accept(">")))
            {
                change = new ProteinChange(ChangeKind.Delins, start, end, ReadAminoAcids());
            }
            else if (Accept("del"))
            {
                OptionalResidues(start, end, "deleted");
                change = new ProteinChange(ChangeKind.Deletion, start, end, []);
            }
            else if (Accept("dup"))
            {
                OptionalResidues(start, end, "duplicated");
                change = new ProteinChange(ChangeKind.Duplication, start, end, []);
            }
            else if (Accept("ins"))
            {
                if (end.Position != start.Position + 1) Fail(kindAt, "an insertion lies between two adjacent residues, e.g. A775_G776insYVMA");
                change = new ProteinChange(ChangeKind.Insertion, start, end, ReadAminoAcids());
            }
            else if (Accept("fs") || Accept("ext"))
            {
                Fail(kindAt, "frameshift and extension changes are not read");
                return null!;
            }
            else if (Peek() is '=')
            {
                Fail("'=' (no change) is not a variant");
                return null!;
            }
            else if (start == end && TryReadAminoAcid(out var alternate))
            {
                if (alternate == start.AminoAcid) Fail(kindAt, $"the new residue equals the reference {start.AminoAcid}: no change");
                change = new ProteinChange(ChangeKind.Substitution, start, end, [alternate]);
            }
            else
            {
                Fail(start == end
                    ? $"expected the new amino acid, del, dup, delins or fs after {start}, found '{Rest()}'"
                    : $"expected del, dup, ins or delins after the range, found '{Rest()}'");
                return null!;
            }

            if (parenthesised && !Accept(")")) Fail("expected ')' closing 'p.('");
            return change;
        }

        // Legacy names repeat the residues (G778_P780dupGSP): as many as the range holds, starting and ending as it does.
        private void OptionalResidues(Residue start, Residue end, string what)
        {
            var at = _at + 1;
            var residues = new List<string>();
            while (TryReadAminoAcid(out var aminoAcid)) residues.Add(aminoAcid);
            if (residues.Count == 0) return;
            var length = end.Position - start.Position + 1;
            if (residues.Count != length) Fail(at, $"{residues.Count} {what} residues given for a range of {length}");
            if (residues[0] != start.AminoAcid || residues[^1] != end.AminoAcid)
                Fail(at, $"the {what} residues must start with {start.AminoAcid} and end with {end.AminoAcid}, as the range does");
        }

        private Residue ReadResidue()
        {
            if (!TryReadAminoAcid(out var aminoAcid))
                Fail($"expected an amino acid (three-letter such as Tyr, or one letter such as Y), found '{Rest()}'");
            return new Residue(aminoAcid, ReadPosition());
        }

        private List<string> ReadAminoAcids()
        {
            var residues = new List<string>();
            while (TryReadAminoAcid(out var aminoAcid)) residues.Add(aminoAcid);
            if (residues.Count == 0) Fail($"expected the inserted amino acids (YVMA or TyrValMetAla), found '{Rest()}'");
            return residues;
        }

        // Three-letter codes are written Tyr (one capital, two small letters), so capitals alone are one-letter codes.
        private bool TryReadAminoAcid(out string aminoAcid)
        {
            aminoAcid = string.Empty;
            if (_at + 3 <= text.Length && AminoAcids.IsThree(text.Substring(_at, 3)))
            {
                aminoAcid = text.Substring(_at, 3);
                _at += 3;
                return true;
            }

            if (_at < text.Length && (char.IsAsciiLetterUpper(text[_at]) || text[_at] == '*') && AminoAcids.FromOne(text[_at]) is { } three)
            {
                aminoAcid = three;
                _at++;
                return true;
            }

            return false;
        }

        private int ReadPosition()
        {
            var start = _at;
            while (_at < text.Length && char.IsAsciiDigit(text[_at])) _at++;
            if (_at == start) Fail($"expected a position (a number), found '{Rest()}'");
            if (Peek() is '+' || (Peek() is '-' && _at + 1 < text.Length && char.IsAsciiDigit(text[_at + 1])))
                Fail("intronic positions (N+M, N-M) are not read: the transcript's exon boundaries are not in the facts");
            if (!int.TryParse(text.AsSpan(start, _at - start), out var position) || position == 0) Fail(start + 1, "a position is a positive number below 2^31");
            return position;
        }

        private string ReadBases(string what)
        {
            var start = _at;
            while (_at < text.Length && IsBase(text[_at])) _at++;
            if (_at == start) Fail($"expected {what} (A, C, G or T), found '{Rest()}'");
            return text[start.._at].ToUpperInvariant();
        }

        private static bool IsBase(char? c) => c is 'A' or 'C' or 'G' or 'T' or 'a' or 'c' or 'g' or 't';

        private char? Peek() => _at < text.Length ? text[_at] : null;

        private bool Accept(string token)
        {
            if (string.CompareOrdinal(text, _at, token, 0, token.Length) != 0) return false;
            _at += token.Length;
            return true;
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }

        private string Rest() => _at >= text.Length ? "the end" : text[_at..Math.Min(text.Length, _at + 12)];

        private void Fail(string message) => Fail(_at + 1, message);

        private static void Fail(int position, string message) => throw new NotationException(position, message);
    }

    [GeneratedRegex(@"(GRCh3[78]|hg19|hg38)(:|\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex BuildPrefix();

    [GeneratedRegex(@"(chr)?([0-9]{1,2}|X|Y)[:\-]", RegexOptions.IgnoreCase)]
    private static partial Regex ChromosomeForm();

    [GeneratedRegex(@"([A-Za-z][A-Za-z0-9\-]*)(:|\s+)(?=\S)")]
    private static partial Regex GenePrefix();

    // L755S or Leu755Ser before a space is a change followed by junk, not a gene symbol.
    [GeneratedRegex(@"^[A-Z]([a-z]{2})?[0-9]+")]
    private static partial Regex ResidueLike();

    [GeneratedRegex(@"(N[MPC]_[0-9]+\.[0-9]+):")]
    private static partial Regex AccessionPrefix();
}
