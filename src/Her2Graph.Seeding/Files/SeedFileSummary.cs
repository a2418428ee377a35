namespace Her2Graph.Seeding.Files;

/// <summary>What one seed file holds, for the import's progress report.</summary>
/// <param name="Path">The file as errors name it, e.g. <c>graph-seed/nodes/drugs.yaml</c>.</param>
/// <param name="Header">The kind or type it holds, e.g. <c>Drug</c> or <c>TARGETS</c>; null when the file could not be read.</param>
/// <param name="Count">How many records it holds.</param>
/// <param name="HoldsNodes">True for a node file, false for a relationship file.</param>
public sealed record SeedFileSummary(string Path, string? Header, int Count, bool HoldsNodes)
{
    /// <summary><c>graph-seed/nodes/drugs.yaml: 21 Drug nodes</c>.</summary>
    public override string ToString()
    {
        if (Header is null) return $"{Path}: not read, see the errors";
        var noun = HoldsNodes ? "node" : "relationship";
        return $"{Path}: {Count} {Header} {noun}{(Count == 1 ? string.Empty : "s")}";
    }
}
