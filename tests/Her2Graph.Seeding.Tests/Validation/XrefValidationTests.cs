using Her2Graph.Seeding.Tests.Support;

namespace Her2Graph.Seeding.Tests.Validation;

/// <summary>Cross-references are checked like every other fact: scheme, kind, form, status, each once.</summary>
public sealed class XrefValidationTests
{
    private const string NcbiGene = "- { scheme: ncbi-gene, id: \"2064\", status: verified }";

    [Theory]
    [InlineData("- { scheme: entrez-gene, id: \"2064\", status: verified }", 10, "UNKNOWN_XREF_SCHEME", "unknown xref scheme 'entrez-gene': use hgnc, ncbi-gene")]
    [InlineData("- { scheme: chembl, id: \"CHEMBL554\", status: verified }", 10, "XREF_WRONG_KIND", "a Gene has no chembl id: chembl ids are for Drug")]
    [InlineData("- { scheme: ncbi-gene, id: \"ENSG00000141736\", status: verified }", 10, "MALFORMED_XREF", "'ENSG00000141736' is not a well-formed ncbi-gene id: expected e.g. 2064")]
    [InlineData("- { scheme: ensembl, id: \"ENSG0141736\", status: verified }", 10, "MALFORMED_XREF", "expected e.g. ENSG00000141736")]
    [InlineData("- { scheme: uniprot, id: \"p04626\", status: verified }", 10, "MALFORMED_XREF", "expected e.g. P04626")]
    [InlineData("- { scheme: ncbi-gene, id: \"2064\" }", 10, "MISSING_FIELD", "xref status is missing")]
    [InlineData("- { scheme: ncbi-gene, id: \"2064\", status: checked }", 10, "INVALID_VALUE", "'checked' is not a status")]
    [InlineData("- { scheme: ncbi-gene, status: verified }", 10, "MISSING_FIELD", "xref id is missing")]
    [InlineData("- { id: \"2064\", status: verified }", 10, "MISSING_FIELD", "xref scheme is missing")]
    [InlineData("- { scheme: ncbi-gene, id: \"2064\", status: verified, url: \"https://x\" }", 10, "UNKNOWN_FIELD", "a cross-reference has no field 'url'")]
    [InlineData("- { scheme: ncbi-gene, id: \"2064\", status: verified, otherAllele: maybe }", 10, "WRONG_TYPE", "otherAllele must be true or false")]
    [InlineData("- NCBIGene:2064", 10, "WRONG_TYPE", "each entry of xrefs must be a mapping")]
    [InlineData(NcbiGene + "\n      - { scheme: ncbi-gene, id: \"2064\", status: from-knowledge }", 11, "DUPLICATE_XREF", "NCBI_GENE:2064 is already listed at graph-seed/nodes/genes.yaml:10")]
    public async Task Validate_BadGeneXref_ReportsItsCodeAtItsLine(string entry, int line, string code, string message)
    {
        var yaml = SeedFiles.Genes.Replace(NcbiGene, entry, StringComparison.Ordinal);
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/genes.yaml", yaml);

        var error = Assert.Single((await SeedChecks.ReportAsync(seed.Folder)).Errors);
        Assert.Equal((code, $"graph-seed/nodes/genes.yaml:{line}"), (error.Code, error.Location));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cas", "1826843-81-5", true)]
    [InlineData("cas", "1826843-81-4", false)]
    [InlineData("chembl", "CHEMBL1201585", true)]
    [InlineData("chembl", "CHEMBL0", false)]
    [InlineData("drugbank", "DB14962", true)]
    [InlineData("drugbank", "DB149620", false)]
    [InlineData("unii", "5384HK7574", true)]
    [InlineData("unii", "5384HK757", false)]
    [InlineData("rxnorm", "224905", true)]
    [InlineData("pubchem", "CID146160902", false)]
    [InlineData("ncit", "C128799", true)]
    [InlineData("ncit", "128799", false)]
    public async Task Validate_DrugXref_AcceptsExactlyTheSchemesForm(string scheme, string id, bool valid)
    {
        var yaml = SeedFiles.Drugs.Replace(
            "      drugClass: ADC",
            $"      drugClass: ADC\n    xrefs:\n      - {{ scheme: {scheme}, id: \"{id}\", status: verified }}",
            StringComparison.Ordinal);
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/drugs.yaml", yaml);

        var errors = await SeedChecks.ErrorsAsync(seed.Folder);
        Assert.Equal(valid ? [] : ["graph-seed/nodes/drugs.yaml:11: MALFORMED_XREF"], errors);
    }

    [Fact]
    public async Task Validate_XrefWithSourceAndNote_IsAccepted()
    {
        var yaml = SeedFiles.Genes.Replace(
            NcbiGene,
            NcbiGene + "\n      - { scheme: uniprot, id: P04626, status: from-knowledge, source: \"UniProt\", note: \"protein\" }",
            StringComparison.Ordinal);
        using var seed = new TempSeedFolder().WithValidGraph().Write("nodes/genes.yaml", yaml);

        Assert.Empty(await SeedChecks.ErrorsAsync(seed.Folder));
    }
}
