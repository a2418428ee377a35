using Her2Graph.Domain.Graph;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Tests.Support;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Tests.Fidelity;

/// <summary>What the fidelity tests compare: the repository's seed as validated, facts-map.tsv, and the shared research files.</summary>
internal static class ResearchFiles
{
    /// <summary>A research file pinned beside the tests (a copy of shared/her2-facts/NAME), so the checks run anywhere.</summary>
    public static string Pinned(string name) => Path.Combine(AppContext.BaseDirectory, "Fidelity", name);

    /// <summary>shared/her2-facts/NAME above the repository, or null where the shared research is not beside it.</summary>
    public static string? Shared(string name)
    {
        for (var directory = new DirectoryInfo(RepositorySeed.Folder); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "her2-facts", name);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    public static async Task<(Dictionary<string, GraphNode> Nodes, Dictionary<string, GraphRelationship> Relationships)> SeededGraphAsync()
    {
        var reading = SeedFolderReader.Read(RepositorySeed.Folder);
        var validation = await GraphInputValidator.ValidateAsync(reading.Input, ExistingNodes.None, CancellationToken.None);
        Assert.Empty(validation.Errors);
        return (validation.Nodes.ToDictionary(n => n.Id), validation.Relationships.ToDictionary(r => r.Key.ToString()));
    }

    /// <summary>graph-seed/facts-map.tsv: facts reference → seed key.</summary>
    public static Dictionary<string, string> FactsMap() =>
        File.ReadLines(Path.Combine(RepositorySeed.Folder, "facts-map.tsv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => columns[1]);
}
