using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Seeding.Tests.Fidelity;

/// <summary>
/// graph-seed/ carries every node, edge and citation of the researched facts, through graph-seed/facts-map.tsv (a facts
/// node maps to a seed node; a facts edge to a relationship key, or to a node where a trial result became a TrialArm). The
/// facts are pinned beside this test (a copy of shared/her2-facts/facts.json, 2026-11-25) so the check runs anywhere;
/// a second test notices when the shared research has moved on and the seed needs a look.
/// </summary>
public sealed partial class FactsFidelityTests
{
    private static readonly string PinnedFacts = ResearchFiles.Pinned("facts.json");

    [Fact]
    public async Task EveryFactsNodeAndEdge_IsMappedOntoAnExistingSeedEntity_WithAllItsCitations()
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(PinnedFacts));
        var map = ResearchFiles.FactsMap();
        var seed = await ResearchFiles.SeededGraphAsync();
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
            if (!map.TryGetValue(reference, out var target))
            {
                problems.Add($"{reference}: not mapped onto a seed entity");
            }
            else if (seed.Nodes.TryGetValue(target, out var arm))
            {
                // A trial result (EVALUATED_IN) is a TrialArm node: its citations are the arm's; its figures may sit on
                // the arm or on a sibling arm of the same trial (another analysis or a split-off weaker figure).
                problems.AddRange(MissingCitations(reference, edge, arm.Provenance));
                problems.AddRange(MissingFigures(reference, edge, ArmsOfTheSameTrial(arm, seed).Select(a => (a.Id, a.Properties)).ToList()));
            }
            else if (seed.Relationships.TryGetValue(target, out var relationship))
            {
                problems.AddRange(MissingCitations(reference, edge, relationship.Provenance));
                var siblings = seed.Relationships.Values
                    .Where(r => r.Type == relationship.Type && r.FromId == relationship.FromId && r.ToId == relationship.ToId)
                    .ToList();
                problems.AddRange(MissingFigures(reference, edge, FigureCarriers(siblings, seed.Nodes)));
            }
            else
            {
                problems.Add($"{reference}: mapped onto {target}, which is neither a seed node nor a seed relationship");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Equal(120 + 230, map.Count);
    }

    [SkippableFact]
    public async Task PinnedFacts_EqualTheSharedResearch()
    {
        var shared = ResearchFiles.Shared("facts.json");
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
    /// AE incidences and response rates on edges are the figures users filter on: each must be, unchanged, on one of
    /// the carriers (the relationship, a sibling split off from it, or the trial arm a relationship names in `arm`).
    /// The facts call a label table's "grades 3-4" column grade3plus; the seed keeps it as what it is, grade 3-4.
    /// </summary>
    private static IEnumerable<string> MissingFigures(string what, JsonElement edge, IReadOnlyList<(string Name, PropertyBag Properties)> carriers)
    {
        var figures = new Dictionary<string, string[]>
        {
            ["any_grade_pct"] = ["anyGradePercent"],
            ["grade3plus_pct"] = ["grade3PlusPercent", "grade3To4Percent"],
            ["orr_pct"] = ["orrPercent"],
        };
        foreach (var (factsName, seedNames) in figures)
        {
            if (!edge.GetProperty("properties").TryGetProperty(factsName, out var value) || value.ValueKind != JsonValueKind.Number) continue;
            var figure = value.GetDouble();
            var carried = carriers.Any(c => seedNames.Any(seedName => c.Properties.GetNumber(seedName) == figure)
                || c.Properties.GetTextList("notes").Any(note => note.Contains(figure.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            if (!carried) yield return $"{what}: {factsName} {value} is on none of {string.Join(", ", carriers.Select(c => c.Name))}";
        }
    }

    /// <summary>The relationships, and the trial arms they name in `arm` (SENSITIVE_TO, RESISTANT_TO keep their figures there).</summary>
    private static List<(string Name, PropertyBag Properties)> FigureCarriers(List<GraphRelationship> relationships, Dictionary<string, GraphNode> nodes) =>
    [
        .. relationships.Select(r => (r.Key.ToString(), r.Properties)),
        .. relationships
            .Select(r => r.Properties.GetText("arm"))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Where(nodes.ContainsKey)
            .Select(id => (id, nodes[id].Properties)),
    ];

    /// <summary>The arm and every arm of the trial (or trials) that HAS_ARM it.</summary>
    private static IEnumerable<GraphNode> ArmsOfTheSameTrial(GraphNode arm, (Dictionary<string, GraphNode> Nodes, Dictionary<string, GraphRelationship> Relationships) seed)
    {
        var trials = seed.Relationships.Values.Where(r => r.Type == RelationshipType.HasArm && r.ToId == arm.Id).Select(r => r.FromId).ToHashSet(StringComparer.Ordinal);
        var siblings = seed.Relationships.Values
            .Where(r => r.Type == RelationshipType.HasArm && trials.Contains(r.FromId) && r.ToId != arm.Id)
            .Select(r => seed.Nodes[r.ToId]);
        return siblings.Prepend(arm);
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

    [GeneratedRegex(@"^NCBI Gene:(\d+)$")]
    private static partial Regex NcbiGene();

    [GeneratedRegex(@"^((?:DOI:|NCT|PMID:|PMCID:|ChiCTR)\S+) \(.*\)$")]
    private static partial Regex Remark();
}
