using CsCheck;
using Her2Graph.Domain.Variants;

namespace Her2Graph.Api.Tests.Variants;

/// <summary>The notation reader on its own: what it accepts, how it normalises, and every refusal with its position.</summary>
public sealed class HgvsParserTests
{
    [Theory]
    [InlineData("p.Tyr772_Ala775dup", "NP_004439.2:p.Tyr772_Ala775dup")]
    [InlineData("p.Y772_A775dup", "NP_004439.2:p.Tyr772_Ala775dup")]
    [InlineData("Y772_A775dup", "NP_004439.2:p.Tyr772_Ala775dup")]
    [InlineData("NP_004439.2:p.(Tyr772_Ala775dup)", "NP_004439.2:p.Tyr772_Ala775dup")]
    [InlineData("ERBB2 p.L755S", "NP_004439.2:p.Leu755Ser")]
    [InlineData("HER2:L755S", "NP_004439.2:p.Leu755Ser")]
    [InlineData("A775_G776insYVMA", "NP_004439.2:p.Ala775_Gly776insTyrValMetAla")]
    [InlineData("G776>VC", "NP_004439.2:p.Gly776delinsValCys")]
    [InlineData("p.Gly776delinsValCys", "NP_004439.2:p.Gly776delinsValCys")]
    [InlineData("G778_P780dupGSP", "NP_004439.2:p.Gly778_Pro780dup")]
    [InlineData("p.Leu755*", "NP_004439.2:p.Leu755Ter")]
    [InlineData("NM_004448.4:c.2313_2324dup", "NM_004448.4:c.2313_2324dup")]
    [InlineData("c.2313_2324dupATACGTGATGGC", "NM_004448.4:c.2313_2324dup")]
    [InlineData("c.2264t>c", "NM_004448.4:c.2264T>C")]
    [InlineData("c.2326_2327insTGT", "NM_004448.4:c.2326_2327insTGT")]
    [InlineData("c.2310_2312delinsAAA", "NM_004448.4:c.2310_2312delinsAAA")]
    [InlineData("NC_000017.11:g.39723967T>C", "NC_000017.11:g.39723967T>C")]
    [InlineData("NC_000017.10:g.37880984_37880995dup", "NC_000017.10:g.37880984_37880995dup")]
    [InlineData("chr17:39723967 T>C", "NC_000017.11:g.39723967T>C")]
    [InlineData("17-39723967-T-C", "NC_000017.11:g.39723967T>C")]
    [InlineData("hg19:chr17:37880220T>C", "NC_000017.10:g.37880220T>C")]
    [InlineData("GRCh38 chr17:g.39723967T>C", "NC_000017.11:g.39723967T>C")]
    public void Parse_AcceptedForm_Normalises(string notation, string normalised)
    {
        Assert.True(HgvsParser.TryParse(notation, out var parsed, out var error), error?.ToString());
        Assert.Equal(normalised, parsed!.Normalised);
    }

    [Theory]
    [InlineData("", 1, "empty notation")]
    [InlineData("p.Xq772_A775dup", 3, "expected an amino acid")]
    [InlineData("p.Tyr_Ala775dup", 6, "expected a position")]
    [InlineData("p.Tyr772_Ala770dup", 10, "the range must ascend")]
    [InlineData("p.Tyr772_Ala775", 16, "expected del, dup, ins or delins")]
    [InlineData("p.Leu755Leu", 9, "equals the reference")]
    [InlineData("p.Leu755=", 9, "no change")]
    [InlineData("p.Leu755fs", 9, "frameshift")]
    [InlineData("p.Leu755ins", 9, "between two adjacent residues")]
    [InlineData("A775_G777insYVMA", 10, "between two adjacent residues")]
    [InlineData("A775_G776ins", 13, "expected the inserted amino acids")]
    [InlineData("G778_P780dupGS", 13, "2 duplicated residues given for a range of 3")]
    [InlineData("G778_P780dupGSA", 13, "must start with Gly and end with Pro")]
    [InlineData("L755S extra", 7, "unexpected 'extra'")]
    [InlineData("p.(Leu755Ser", 13, "expected ')'")]
    [InlineData("NM_004448.3:c.2264T>C", 1, "not the curated reference")]
    [InlineData("NP_001005862.1:p.Leu755Ser", 1, "not the curated reference")]
    [InlineData("NC_000007.14:g.55191822T>G", 1, "not ERBB2's chromosome")]
    [InlineData("NM_004448.4:p.Leu755Ser", 13, "expected c. after NM_004448.4")]
    [InlineData("NC_000017.11:c.2264T>C", 14, "a c. change is on a transcript")]
    [InlineData("g.39723967T>C", 1, "needs its chromosome")]
    [InlineData("c.2310+1G>A", 7, "intronic positions")]
    [InlineData("c.-12A>G", 3, "outside the coding sequence")]
    [InlineData("c.0A>G", 3, "positive number")]
    [InlineData("c.2264T>T", 9, "equals the reference base")]
    [InlineData("c.2264_2266T>C", 12, "a substitution changes one base")]
    [InlineData("c.2264TC", 8, "expected '>'")]
    [InlineData("c.2264>C", 7, "expected a base")]
    [InlineData("c.2326_2328insTGT", 12, "between two adjacent positions")]
    [InlineData("c.2313_2324dupATAC", 15, "4 duplicated bases given for a range of 12")]
    [InlineData("c.2313_2324delinsXYZ", 18, "expected the inserted bases")]
    [InlineData("n.2264T>C", 1, "n. notation is not read")]
    [InlineData("chr17:39723967 TC>A", 16, "only a single-base change")]
    [InlineData("chr17:39723967 T?C", 17, "expected '>'")]
    [InlineData("GRCh37:NC_000017.11:g.39723967T>C", 8, "is on Grch38, not on the Grch37")]
    public void Parse_BadNotation_NamesThePositionAndWhatWasExpected(string notation, int position, string message)
    {
        Assert.False(HgvsParser.TryParse(notation, out _, out var error));
        Assert.Equal(position, error!.Position);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OverTheLength_IsRefused()
    {
        Assert.False(HgvsParser.TryParse(new string('A', HgvsParser.MaxLength + 1), out _, out var error));
        Assert.Equal(HgvsParser.MaxLength + 1, error!.Position);
    }

    private static readonly Gen<string> Base = Gen.Char["ACGT"].Select(c => c.ToString());

    [Fact]
    public void NormalisedForms_ParseBackToThemselves()
    {
        var substitution = Gen.Select(Gen.Int[1, 3800], Base, Base).Where(t => t.Item2 != t.Item3).Select(t => $"c.{t.Item1}{t.Item2}>{t.Item3}");
        var duplication = Gen.Select(Gen.Int[1, 3700], Gen.Int[1, 30]).Select(t => $"c.{t.Item1}_{t.Item1 + t.Item2}dup");
        var insertion = Gen.Select(Gen.Int[1, 3700], Gen.String[Gen.Char["ACGT"], 1, 12]).Select(t => $"c.{t.Item1}_{t.Item1 + 1}ins{t.Item2}");
        var protein = Gen.Select(Gen.Int[1, 1200], Gen.Int[1, 8], Gen.Bool.Select(b => b ? "dup" : "del")).Select(t => $"p.Gly{t.Item1}_Pro{t.Item1 + t.Item2}{t.Item3}");
        Gen.OneOf(substitution, duplication, insertion, protein).Sample(text =>
        {
            Assert.True(HgvsParser.TryParse(text, out var parsed, out var error), $"{text}: {error}");
            Assert.True(HgvsParser.TryParse(parsed!.Normalised, out var again, out _), parsed.Normalised);
            Assert.Equal(parsed.Normalised, again!.Normalised);
            Assert.EndsWith(text[text.IndexOf('.', StringComparison.Ordinal)..].Replace("p.", string.Empty, StringComparison.Ordinal), parsed.Normalised, StringComparison.Ordinal);
        });
    }
}
