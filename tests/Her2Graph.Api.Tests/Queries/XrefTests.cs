using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>Outside ids on every node, node(xref:), and name lookups by id, on the repository's seed.</summary>
public sealed class XrefTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Gene_Xrefs_CarryEachIdWithItsLinkAndStatus_AndFilterByScheme()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""
            { gene(symbol: "HER2") {
                xrefs { scheme id key url status }
                ensembl: xrefs(scheme: ENSEMBL) { id }
            } }
            """);

        Assert.Empty(response.ErrorCodes);
        var gene = response.Data.GetProperty("gene");
        var xrefs = gene.GetProperty("xrefs").EnumerateArray().Select(x => (x.GetProperty("scheme").GetString(), x.GetProperty("id").GetString())).ToList();
        Assert.Equal([("HGNC", "HGNC:3430"), ("NCBI_GENE", "2064"), ("ENSEMBL", "ENSG00000141736"), ("UNIPROT", "P04626")], xrefs);
        var hgnc = gene.GetProperty("xrefs")[0];
        Assert.Equal("HGNC:3430", hgnc.GetProperty("key").GetString());
        Assert.Equal("https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:3430", hgnc.GetProperty("url").GetString());
        Assert.Equal("FROM_KNOWLEDGE", hgnc.GetProperty("status").GetString());
        Assert.Equal("NCBI_GENE:2064", gene.GetProperty("xrefs")[1].GetProperty("key").GetString());
        Assert.Equal("ENSG00000141736", Assert.Single(gene.GetProperty("ensembl").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Yvma_CarriesBothAlleles_TheOtherOneMarked_WithClinVarOnTheOtherAllele()
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("""{ variant(name: "YVMA") { xrefs(scheme: HGVS_CODING) { id otherAllele } clinvar: xrefs(scheme: CLINVAR) { id otherAllele note url } } }""");

        var variant = response.Data.GetProperty("variant");
        Assert.Equal(
            [("NM_004448.4:c.2313_2324dup", false), ("NM_004448.4:c.2314_2325dup", true)],
            variant.GetProperty("xrefs").EnumerateArray().Select(x => (x.GetProperty("id").GetString(), x.GetProperty("otherAllele").GetBoolean())).ToList());
        var clinvar = Assert.Single(variant.GetProperty("clinvar").EnumerateArray());
        Assert.True(clinvar.GetProperty("otherAllele").GetBoolean());
        Assert.Contains("c.2314_2325dup", clinvar.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://www.ncbi.nlm.nih.gov/clinvar/variation/44985/", clinvar.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("CHEMBL:CHEMBL1201585", "trastuzumab")]
    [InlineData("chembl:CHEMBL1201585", "trastuzumab")]
    [InlineData("CHEMBL1201585", "trastuzumab")]
    [InlineData("DB14962", "trastuzumab deruxtecan")]
    [InlineData("DRUGBANK:DB14962", "trastuzumab deruxtecan")]
    [InlineData("CAS:1826843-81-5", "trastuzumab deruxtecan")]
    [InlineData("RXNORM:224905", "trastuzumab")]
    [InlineData("rxcui:224905", "trastuzumab")]
    [InlineData("HGNC:3430", "ERBB2")]
    [InlineData("NCBIGene:2064", "ERBB2")]
    [InlineData("NCBI_GENE:2064", "ERBB2")]
    [InlineData("ENSG00000141736", "ERBB2")]
    [InlineData("UNIPROT:P04626", "ERBB2")]
    [InlineData("rs397516975", "ERBB2:A775_G776insYVMA")]
    [InlineData("COSM20959", "ERBB2:A775_G776insYVMA")]
    [InlineData("NM_004448.4:c.2314_2325dup", "ERBB2:A775_G776insYVMA")]
    [InlineData("NC_000017.10:g.37880220T>C", "ERBB2:L755S")]
    [InlineData("MONDO:0005233", "nsclc")]
    [InlineData("ONCOTREE:LUAD", "lung-adenocarcinoma")]
    [InlineData("EFO_0003060", "nsclc")]
    [InlineData("MEDDRA_PT:10012735", "diarrhea")]
    [InlineData("CTCAE_V5:10012727", "diarrhea")]
    public async Task NodeByXref_FindsTheNodeCarryingTheId(string xref, string key)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("query($xref: String) { node(xref: $xref) { key kind } }", new { xref });

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(key, response.Data.GetProperty("node").GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("CTCAE_V5:10001551", "AMBIGUOUS_XREF", "ALT increased")]
    [InlineData("FOO:123", "UNKNOWN_XREF_SCHEME", "unknown scheme 'FOO'")]
    [InlineData("CHEMBL:12x", "MALFORMED_XREF", "not a well-formed CHEMBL id")]
    [InlineData("2064", "MALFORMED_XREF", "names no scheme")]
    [InlineData("CAS:1826843-81-4", "MALFORMED_XREF", "CAS")]
    public async Task NodeByXref_ThatIsNoOneId_IsAnErrorThatSaysWhy(string xref, string code, string message)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync("query($xref: String) { node(xref: $xref) { key } }", new { xref });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Contains(message, response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task NodeByXref_UnknownButWellFormed_IsNull_AndIdWithXref_IsABadArgument()
    {
        using var client = api.CreateGraphQLClient();
        var unknown = await client.PostAsync("""{ node(xref: "CHEMBL:CHEMBL999999999") { key } }""");
        var both = await client.PostAsync("""{ node(id: "x", xref: "HGNC:3430") { key } }""");
        var neither = await client.PostAsync("""{ node { key } }""");

        Assert.Empty(unknown.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, unknown.Data.GetProperty("node").ValueKind);
        Assert.Equal(["BAD_ARGUMENT"], both.ErrorCodes);
        Assert.Equal(["BAD_ARGUMENT"], neither.ErrorCodes);
    }

    [Theory]
    [InlineData("""drug(name: "DB14962")""", "drug", "trastuzumab deruxtecan")]
    [InlineData("""drug(name: "CHEMBL:CHEMBL554")""", "drug", "lapatinib")]
    [InlineData("""gene(symbol: "ENSG00000146648")""", "gene", "EGFR")]
    [InlineData("""gene(symbol: "NCBI_GENE:1956")""", "gene", "EGFR")]
    [InlineData("""variant(name: "NM_004448.4:c.2264T>C")""", "variant", "ERBB2:L755S")]
    [InlineData("""adverseEvent(name: "MEDDRA_PT:10012735")""", "adverseEvent", "diarrhea")]
    [InlineData("""disease(name: "DOID:3910")""", "disease", "lung-adenocarcinoma")]
    public async Task NameLookups_AcceptIds(string lookup, string field, string key)
    {
        using var client = api.CreateGraphQLClient();
        var response = await client.PostAsync($"{{ {lookup} {{ key }} }}");

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(key, response.Data.GetProperty(field).GetProperty("key").GetString());
    }

    [Fact]
    public async Task EverySeededXref_FindsItsNode_OrNamesEveryNodeThatSharesIt()
    {
        using var client = api.CreateGraphQLClient();
        var listing = await client.PostAsync("""
            { genes(first: 100) { nodes { key xrefs { key } } }
              variants(first: 100) { nodes { key xrefs { key } } }
              drugs(first: 100) { nodes { key xrefs { key } } }
              adverseEvents(first: 100) { nodes { key xrefs { key } } }
              diseases(first: 100) { nodes { key xrefs { key } } } }
            """);
        var carriers = listing.Data.EnumerateObject()
            .SelectMany(kind => kind.Value.GetProperty("nodes").EnumerateArray())
            .SelectMany(node => node.GetProperty("xrefs").EnumerateArray().Select(x => (Xref: x.GetProperty("key").GetString()!, Node: node.GetProperty("key").GetString()!)))
            .ToLookup(p => p.Xref, p => p.Node);
        Assert.Equal(SeedGraph.XrefCount(), carriers.Sum(c => c.Count()));

        foreach (var carrier in carriers)
        {
            var response = await client.PostAsync("query($xref: String) { node(xref: $xref) { key } }", new { xref = carrier.Key });
            if (carrier.Count() == 1)
            {
                Assert.True(response.ErrorCodes.Count == 0, $"{carrier.Key}: {response.Body}");
                Assert.Equal(carrier.Single(), response.Data.GetProperty("node").GetProperty("key").GetString());
            }
            else
            {
                Assert.Equal(["AMBIGUOUS_XREF"], response.ErrorCodes);
                var message = response.Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
                Assert.All(carrier, node => Assert.Contains(node, message, StringComparison.Ordinal));
            }
        }
    }
}
