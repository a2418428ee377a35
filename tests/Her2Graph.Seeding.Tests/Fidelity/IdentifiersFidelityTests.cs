using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;

namespace Her2Graph.Seeding.Tests.Fidelity;

/// <summary>
/// graph-seed/ carries every identifier of the researched identifiers (a copy of shared/her2-facts/identifiers.json,
/// 2026-12-02, pinned beside this test) as a cross-reference with the same status, and nothing the research does not
/// give; the facts the research re-states (protein HGVS, exon, PMA number) agree with the seed's properties.
/// </summary>
public sealed class IdentifiersFidelityTests
{
    private static readonly string PinnedIdentifiers = ResearchFiles.Pinned("identifiers.json");

    // identifiers.json fields per kind → scheme; *_2 and alt_allele_* fields are second ids of the same scheme.
    private static readonly Dictionary<string, XrefScheme> Schemes = new(StringComparer.Ordinal)
    {
        ["hgnc"] = XrefScheme.Hgnc, ["ncbi_gene"] = XrefScheme.NcbiGene, ["ensembl_gene"] = XrefScheme.Ensembl, ["uniprot"] = XrefScheme.Uniprot,
        ["hgvs_c"] = XrefScheme.HgvsCoding, ["hgvs_g_grch38"] = XrefScheme.HgvsGenomicGrch38, ["hgvs_g_grch37"] = XrefScheme.HgvsGenomicGrch37,
        ["alt_allele_hgvs_c"] = XrefScheme.HgvsCoding, ["alt_allele_hgvs_g_grch38"] = XrefScheme.HgvsGenomicGrch38,
        ["alt_allele_hgvs_g_grch37"] = XrefScheme.HgvsGenomicGrch37, ["alt_allele_clinvar_variation_id"] = XrefScheme.Clinvar,
        ["cosmic_legacy_id"] = XrefScheme.Cosmic, ["dbsnp_rsid"] = XrefScheme.Dbsnp,
        ["chembl"] = XrefScheme.Chembl, ["drugbank"] = XrefScheme.Drugbank, ["ncit"] = XrefScheme.Ncit, ["rxcui"] = XrefScheme.Rxnorm,
        ["unii"] = XrefScheme.Unii, ["pubchem_cid"] = XrefScheme.Pubchem, ["cas"] = XrefScheme.Cas,
        ["meddra_pt_code"] = XrefScheme.MeddraPt, ["meddra_pt_2_code"] = XrefScheme.MeddraPt,
        ["ctcae_v5_meddra_code"] = XrefScheme.CtcaeV5, ["ctcae_v5_meddra_code_2"] = XrefScheme.CtcaeV5,
        ["mondo"] = XrefScheme.Mondo, ["oncotree"] = XrefScheme.Oncotree, ["doid"] = XrefScheme.Doid, ["efo"] = XrefScheme.Efo,
    };

    // The terms MedDRA and CTCAE ids stand for.
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["meddra_pt_code"] = "meddra_pt", ["meddra_pt_2_code"] = "meddra_pt_2", ["ctcae_v5_meddra_code"] = "ctcae_v5_term", ["ctcae_v5_meddra_code_2"] = "ctcae_v5_term_2",
    };

    // Diseases are in identifiers.json only (facts.json has no disease node), so facts-map.tsv does not name them.
    private static readonly Dictionary<string, string> Diseases = new(StringComparer.Ordinal)
    {
        ["disease:NSCLC"] = "nsclc", ["disease:LUAD"] = "lung-adenocarcinoma", ["disease:nonsquamous_NSCLC"] = "nonsquamous-nsclc",
    };

    [Fact]
    public async Task EveryResearchedId_IsACrossReferenceOfItsNode_WithItsStatus_AndNoOtherIdIsCurated()
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(PinnedIdentifiers));
        var nodes = (await ResearchFiles.SeededGraphAsync()).Nodes;
        var map = ResearchFiles.FactsMap();
        var problems = new List<string>();
        var expected = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var count = 0;

        foreach (var record in document.RootElement.GetProperty("records").EnumerateArray())
        {
            var factsId = record.GetProperty("facts_id").GetString()!;
            var seedId = Diseases.GetValueOrDefault(factsId) ?? map.GetValueOrDefault("node:" + factsId);
            if (seedId is null || !nodes.TryGetValue(seedId, out var node))
            {
                if (record.GetProperty("kind").GetString() is not "CompanionDiagnostic") problems.Add($"{factsId}: no seed node");
                continue;
            }

            var ids = record.GetProperty("ids");
            var status = record.GetProperty("status");
            foreach (var field in ids.EnumerateObject().Where(f => Schemes.ContainsKey(f.Name)))
            {
                var id = field.Value.ToString();
                var xref = node.Xrefs.FirstOrDefault(x => x.Scheme == Schemes[field.Name] && x.Id == id);
                count++;
                expected.TryAdd(node.Id, new HashSet<string>(StringComparer.Ordinal));
                expected[node.Id].Add(XrefSchemes.KeyOf(Schemes[field.Name], id));
                if (xref is null)
                {
                    problems.Add($"{factsId}: {field.Name} {id} is not a cross-reference of {node.Id}");
                    continue;
                }

                var statusText = status.TryGetProperty(field.Name, out var s) ? s.GetString() : status.GetProperty(Labels[field.Name]).GetString();
                if (xref.Status.ToSeedWord() != statusText) problems.Add($"{factsId}: {field.Name} is {xref.Status.ToSeedWord()} in the seed, {statusText} in the research");
                if (xref.OtherAllele != field.Name.StartsWith("alt_allele_", StringComparison.Ordinal)) problems.Add($"{factsId}: {field.Name} otherAllele is {xref.OtherAllele}");
                if (Labels.TryGetValue(field.Name, out var label) && xref.Label != ids.GetProperty(label).GetString()) problems.Add($"{factsId}: {field.Name} label is {xref.Label}");
            }

            problems.AddRange(RestatedFacts(factsId, ids, node));
        }

        foreach (var node in nodes.Values.Where(n => n.Xrefs.Count > 0))
        {
            var curated = expected.GetValueOrDefault(node.Id) ?? [];
            problems.AddRange(node.Xrefs.Where(x => !curated.Contains(x.Key)).Select(x => $"{node.Id}: {x.Key} is not in identifiers.json"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(count, nodes.Values.Sum(n => n.Xrefs.Count));
    }

    private static IEnumerable<string> RestatedFacts(string factsId, JsonElement ids, GraphNode node)
    {
        if (ids.TryGetProperty("hgvs_p", out var protein) && node.Properties.TryGetValue("hgvsProtein", out var stored)
            && protein.GetString() != "NP_004439.2:" + stored.GetString())
        {
            yield return $"{factsId}: hgvs_p {protein} but hgvsProtein {stored}";
        }

        if (node.Kind == NodeKind.Variant && ids.TryGetProperty("exon", out var exon) && exon.ValueKind == JsonValueKind.Number
            && (!node.Properties.TryGetValue("exon", out var storedExon) || storedExon.GetInt32() != exon.GetInt32()))
        {
            yield return $"{factsId}: exon {exon} but the seed says {(node.Properties.TryGetValue("exon", out var e) ? e.ToString() : "none")}";
        }
    }

    [Fact]
    public async Task EveryCompanionDiagnostic_KeepsThePmaNumberTheResearchGives()
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(PinnedIdentifiers));
        var nodes = (await ResearchFiles.SeededGraphAsync()).Nodes;
        var devices = nodes.Values.Where(n => n.Kind == NodeKind.CompanionDiagnostic).ToList();
        foreach (var record in document.RootElement.GetProperty("records").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "CompanionDiagnostic"))
        {
            var pma = record.GetProperty("ids").GetProperty("pma").GetString();
            Assert.Contains(devices, d => d.Properties.TryGetValue("pmaNumber", out var value) && value.GetString() == pma);
        }
    }

    [SkippableFact]
    public async Task PinnedIdentifiers_EqualTheSharedResearch()
    {
        var shared = ResearchFiles.Shared("identifiers.json");
        Skip.If(shared is null, "shared/her2-facts/identifiers.json is not beside the repository");
        Assert.True(
            await File.ReadAllTextAsync(shared) == await File.ReadAllTextAsync(PinnedIdentifiers),
            "shared/her2-facts/identifiers.json has changed: review graph-seed/ against it, then copy it over tests/Her2Graph.Seeding.Tests/Fidelity/identifiers.json");
    }
}
