using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>resolveVariants end to end on the repository's seed: every curated variant from each of its notations, placement by rule, and errors per entry.</summary>
public sealed class ResolveVariantsTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string Query = """
        query($notations: [String!]!) {
          resolveVariants(notations: $notations) {
            notation
            parsed { kind reference build normalised notes }
            error { code position message }
            matches { variant { key } level matchedBy status reason }
            placements { variantClass { key } rule reason source status }
            cannotPlace
          }
        }
        """;

    [Fact]
    public async Task EveryCuratedVariant_ResolvesFromEachOfItsNotations()
    {
        using var client = api.CreateGraphQLClient();
        var listing = await client.PostAsync("{ variants(first: 100) { nodes { key aliases hgvsProtein xrefs { scheme id otherAllele } } } }");
        var expected = new List<(string Notation, string Key, string Level)>();
        foreach (var variant in listing.Data.GetProperty("variants").GetProperty("nodes").EnumerateArray())
        {
            var key = variant.GetProperty("key").GetString()!;
            if (variant.GetProperty("hgvsProtein").GetString() is { } protein)
            {
                expected.Add((protein, key, "SAME_PROTEIN_CHANGE"));
                expected.Add(("NP_004439.2:" + protein, key, "SAME_PROTEIN_CHANGE"));
                expected.Add(("ERBB2 " + protein, key, "SAME_PROTEIN_CHANGE"));
                expected.Add((key, key, "SAME_PROTEIN_CHANGE"));
            }

            foreach (var xref in variant.GetProperty("xrefs").EnumerateArray().Where(x => x.GetProperty("scheme").GetString()!.StartsWith("HGVS", StringComparison.Ordinal)))
                expected.Add((xref.GetProperty("id").GetString()!, key, xref.GetProperty("otherAllele").GetBoolean() ? "SAME_PROTEIN_CHANGE" : "SAME_DNA_CHANGE"));
        }

        Assert.True(expected.Count > 80, $"only {expected.Count} notations");
        foreach (var batch in expected.Chunk(100))
        {
            var response = await client.PostAsync(Query, new { notations = batch.Select(e => e.Notation).ToArray() });
            Assert.Empty(response.ErrorCodes);
            var answers = response.Data.GetProperty("resolveVariants").EnumerateArray().ToList();
            for (var i = 0; i < batch.Length; i++)
            {
                var matches = answers[i].GetProperty("matches").EnumerateArray().Select(m => (m.GetProperty("variant").GetProperty("key").GetString(), m.GetProperty("level").GetString())).ToList();
                Assert.True(matches.Contains((batch[i].Key, batch[i].Level)), $"{batch[i].Notation}: {answers[i]}");
                Assert.All(matches, m => Assert.Equal(batch[i].Key, m.Item1));
            }
        }
    }

    [Theory]
    [InlineData("NM_004448.4:c.2313_2324dup", "SAME_DNA_CHANGE", "HGVS_CODING NM_004448.4:c.2313_2324dup")]
    [InlineData("NM_004448.4:c.2314_2325dup", "SAME_PROTEIN_CHANGE", "HGVS_CODING NM_004448.4:c.2314_2325dup")]
    [InlineData("c.2313_2324dupATACGTGATGGC", "SAME_DNA_CHANGE", "HGVS_CODING NM_004448.4:c.2313_2324dup")]
    [InlineData("p.Y772_A775dup", "SAME_PROTEIN_CHANGE", "hgvsProtein p.Tyr772_Ala775dup")]
    [InlineData("Y772_A775dup", "SAME_PROTEIN_CHANGE", "hgvsProtein p.Tyr772_Ala775dup")]
    [InlineData("A775_G776insYVMA", "SAME_PROTEIN_CHANGE", "curated alias A775_G776insYVMA")]
    [InlineData("ERBB2:p.(Tyr772_Ala775dup)", "SAME_PROTEIN_CHANGE", "hgvsProtein p.Tyr772_Ala775dup")]
    [InlineData("NC_000017.10:g.37880985_37880996dup", "SAME_PROTEIN_CHANGE", "HGVS_GENOMIC_GRCH37 NC_000017.10:g.37880985_37880996dup")]
    public async Task Yvma_BothAlleles_ResolveToTheOneNode_AtTheirLevel(string notation, string level, string matchedBy)
    {
        var answer = await ResolveOneAsync(notation);

        var match = Assert.Single(answer.GetProperty("matches").EnumerateArray());
        Assert.Equal("ERBB2:A775_G776insYVMA", match.GetProperty("variant").GetProperty("key").GetString());
        Assert.Equal((level, matchedBy), (match.GetProperty("level").GetString(), match.GetProperty("matchedBy").GetString()));
    }

    [Fact]
    public async Task ChromosomePosition_WithoutBuild_IsReadAsGrch38AndSaysSo()
    {
        var answer = await ResolveOneAsync("chr17:39723967 T>C");

        Assert.Equal("ERBB2:L755S", answer.GetProperty("matches")[0].GetProperty("variant").GetProperty("key").GetString());
        Assert.Equal("NC_000017.11:g.39723967T>C", answer.GetProperty("parsed").GetProperty("normalised").GetString());
        Assert.Contains("GRCh38", answer.GetProperty("parsed").GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        var grch37 = await ResolveOneAsync("GRCh37:chr17:37880220T>C");
        Assert.Equal("ERBB2:L755S", grch37.GetProperty("matches")[0].GetProperty("variant").GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("p.Ala771_Tyr772insGlyAla", "codons 771-772")]
    [InlineData("NM_004448.4:c.2325_2326insGGCTCC", "codons 775-776")]
    [InlineData("NC_000017.11:g.39724760_39724765dup", "read as NM_004448.4:c.2342_2347dup")]
    public async Task UncuratedInFrameExon20Insertion_IsPlacedInTheClassByItsRule(string notation, string reason)
    {
        var answer = await ResolveOneAsync(notation);

        Assert.Empty(answer.GetProperty("matches").EnumerateArray());
        var placement = Assert.Single(answer.GetProperty("placements").EnumerateArray());
        Assert.Equal("erbb2-exon20-insertions", placement.GetProperty("variantClass").GetProperty("key").GetString());
        Assert.Equal("EXON20_INFRAME_INSERTION_CODONS_770_831", placement.GetProperty("rule").GetString());
        Assert.Contains(reason, placement.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("p.770_831", placement.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("cannotPlace").ValueKind);
    }

    [Theory]
    [InlineData("chr17:7675088 C>T", "no cited map reads it on the transcript")]
    [InlineData("NM_004448.4:c.2326_2327insTG", "shifts the reading frame")]
    [InlineData("p.Leu755Pro", "no cited rule places it by position")]
    [InlineData("p.Pro885_Gly886insAla", "outside codons 770-831")]
    [InlineData("chr7:55191822 T>G", "chromosome 7 is not ERBB2's")]
    [InlineData("KRAS p.G12C", "gene KRAS is not ERBB2's")]
    public async Task NotationNoRuleCanPlace_SaysWhy(string notation, string why)
    {
        var answer = await ResolveOneAsync(notation);

        Assert.Empty(answer.GetProperty("matches").EnumerateArray());
        Assert.Empty(answer.GetProperty("placements").EnumerateArray());
        Assert.Contains(why, answer.GetProperty("cannotPlace").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadNotation_IsAnEntryWithItsError_AndTheRestOfTheBatchResolves()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Query, new { notations = BadThenGood });

        Assert.Empty(response.ErrorCodes);
        var answers = response.Data.GetProperty("resolveVariants");
        var error = answers[0].GetProperty("error");
        Assert.Equal(("INVALID_NOTATION", 3), (error.GetProperty("code").GetString(), error.GetProperty("position").GetInt32()));
        Assert.Contains("expected an amino acid", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, answers[0].GetProperty("parsed").ValueKind);
        Assert.Equal("ERBB2:L755S", answers[1].GetProperty("matches")[0].GetProperty("variant").GetProperty("key").GetString());
    }

    [Fact]
    public async Task MoreThanTheBound_IsRefusedBeforeAnyWork()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Query, new { notations = Enumerable.Repeat("L755S", 101).ToArray() });

        // The request limits (README "Limits") refuse a list of over 100 items before the field runs.
        Assert.Equal(["LIST_TOO_LONG"], response.ErrorCodes);
    }

    private static readonly string[] BadThenGood = ["p.Xq772_A775dup", "L755S"];

    private async Task<JsonElement> ResolveOneAsync(string notation)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync(Query, new { notations = new[] { notation } });
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty("resolveVariants")[0];
    }
}
