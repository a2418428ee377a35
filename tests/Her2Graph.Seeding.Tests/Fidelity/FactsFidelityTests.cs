using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Fidelity;

/// <summary>
/// graph-seed/ carries every node, edge and citation of the researched facts, through graph-seed/facts-map.tsv. The
/// facts are pinned beside this test (a copy of shared/her2-facts/facts.json, 2026-11-25) so the check runs anywhere;
/// a second test notices when the shared research has moved on and the seed needs a look.
/// </summary>
public sealed partial class FactsFidelityTests
{
    private static readonly string PinnedFacts = Path.Combine(AppContext.BaseDirectory, "Fidelity", "facts.json");

    [Fact]
    public async Task EveryFactsNodeAndEdge_IsMappedOntoAnExistingSeedEntity_WithAllItsCitations()
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(PinnedFacts));
        var map = ReadMap();
        var seed = await SeededGraphAsync();
        var problems = new List<string>();

        foreach (var node in document.RootElement.GetProperty("nodes").EnumerateArray())
        {
            var factsId = node.GetProperty("id").GetString()!;
            if (!map.TryGetValue($"node:{factsId}", out var seedId) || !seed.Nodes.TryGetValue(seedId, out var seedNode))
            {
                problems.Add($"node {factsId}: not mapped onto a seed node");
                continue;
            }

            problems.AddRange(MissingCitations($"node {factsId}", node, seedNode.Provenance));
        }

        var edges = document.RootElement.GetProperty("edges").EnumerateArray().ToList();
        for (var index = 0; index < edges.Count; index++)
        {
            var edge = edges[index];
            var reference = $"edge:{index}:{edge.GetProperty("from").GetString()}|{edge.GetProperty("type").GetString()}|{edge.GetProperty("to").GetString()}";
            if (!map.TryGetValue(reference, out var key) || !seed.Relationships.TryGetValue(key, out var relationship))
            {
                problems.Add($"{reference}: not mapped onto a seed relationship");
                continue;
            }

            problems.AddRange(MissingCitations(reference, edge, relationship.Provenance));
            var siblings = seed.Relationships.Values
                .Where(r => r.Type == relationship.Type && r.FromId == relationship.FromId && r.ToId == relationship.ToId)
                .ToList();
            problems.AddRange(MissingFigures(reference, edge, siblings));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(120 + 230, map.Count);
    }

    [SkippableFact]
    public async Task PinnedFacts_EqualTheSharedResearch()
    {
        var shared = SharedFactsFile();
        Skip.If(shared is null, "shared/her2-facts/facts.json is not beside the repository");
        Assert.True(
            await File.ReadAllTextAsync(shared) == await File.ReadAllTextAsync(PinnedFacts),
            $"the shared facts changed: review graph-seed/ against them, then copy {shared} to tests/Her2Graph.Seeding.Tests/Fidelity/facts.json");
    }

    /// <summary>Citations are carried in normalised form (see graph-seed/README.md, "Mapping from the facts").</summary>
    private static IEnumerable<string> MissingCitations(string what, JsonElement fact, Provenance provenance) =>
        fact.GetProperty("citations").EnumerateArray()
            .Select(c => Normalise(c.GetString()!))
            .OfType<string>()
            .Where(citation => provenance.Citations.All(c => c.Value != citation))
            .Select(citation => $"{what}: citation {citation} is missing");

    /// <summary>
    /// AE incidences and response rates on edges are the figures users filter on: each must be, unchanged, on the
    /// relationship or on a sibling split off from it (a figure with a weaker status gets its own relationship).
    /// </summary>
    private static IEnumerable<string> MissingFigures(string what, JsonElement edge, IReadOnlyList<GraphRelationship> siblings)
    {
        var figures = new Dictionary<string, string> { ["any_grade_pct"] = "anyGradePercent", ["grade3plus_pct"] = "grade3PlusPercent", ["orr_pct"] = "orrPercent" };
        foreach (var (factsName, seedName) in figures)
        {
            if (!edge.GetProperty("properties").TryGetProperty(factsName, out var value) || value.ValueKind != JsonValueKind.Number) continue;
            var figure = value.GetDouble();
            var carried = siblings.Any(r => r.Properties.GetNumber(seedName) == figure
                || r.Properties.GetTextList("notes").Any(note => note.Contains(figure.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            if (!carried) yield return $"{what}: {factsName} {value} is on none of {string.Join(", ", siblings.Select(r => r.Key))}";
        }
    }

    private static string? Normalise(string citation)
    {
        if (citation is "from-knowledge" or "MedDRA-style term") return null;
        if (NcbiGene().Match(citation) is { Success: true } gene) return "NCBIGene:" + gene.Groups[1].Value;
        if (Remark().Match(citation) is { Success: true } remark) return remark.Groups[1].Value;
        if (citation == "maestrodatabase 2024-10-14")
            return "https://maestrodatabase.com/blog/enhertu-approved-in-china-as-first-her2-directed-therapy-for-patients-with-her2-mutant-metastatic-non-small-cell-lung-cancer";
        return Citation.TryParse(citation, out _, out _) ? citation : "REF: " + citation;
    }

    private static async Task<(Dictionary<string, GraphNode> Nodes, Dictionary<string, GraphRelationship> Relationships)> SeededGraphAsync()
    {
        var reading = SeedFolderReader.Read(RepositorySeed.Folder);
        var validation = await GraphInputValidator.ValidateAsync(reading.Input, ExistingNodes.None, CancellationToken.None);
        Assert.Empty(validation.Errors);
        return (validation.Nodes.ToDictionary(n => n.Id), validation.Relationships.ToDictionary(r => r.Key.ToString()));
    }

    private static Dictionary<string, string> ReadMap() =>
        File.ReadLines(Path.Combine(RepositorySeed.Folder, "facts-map.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => columns[1]);

    private static string? SharedFactsFile()
    {
        for (var directory = new DirectoryInfo(RepositorySeed.Folder); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "her2-facts", "facts.json");
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    [GeneratedRegex(@"^NCBI Gene:(\d+)$")]
    private static partial Regex NcbiGene();

    [GeneratedRegex(@"^((?:DOI:|NCT|PMID:|PMCID:|ChiCTR)\S+) \(.*\)$")]
    private static partial Regex Remark();
}
