using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Import;

/// <summary>The lines an import writes to its log.</summary>
public static class SeedProgress
{
    public static string Counts(IReadOnlyDictionary<NodeKind, int> nodes, IReadOnlyDictionary<RelationshipType, int> relationships)
    {
        var lines = new List<string> { $"nodes: {nodes.Values.Sum()}" };
        lines.AddRange(nodes.Select(p => $"  {p.Key} {p.Value}"));
        lines.Add($"relationships: {relationships.Values.Sum()}");
        lines.AddRange(relationships.Select(p => $"  {p.Key.ToWireName()} {p.Value}"));
        return string.Join(Environment.NewLine, lines);
    }

    public static string Written(WriteResult result) =>
        $"written: nodes {Describe(result.Nodes)}; relationships {Describe(result.Relationships)}; "
        + $"graph version {result.Version}{(result.Changed ? string.Empty : " (nothing changed)")}";

    private static string Describe(WriteCounts counts) => $"{counts.Created} created, {counts.Updated} updated, {counts.Unchanged} unchanged";
}
