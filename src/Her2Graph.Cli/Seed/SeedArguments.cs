namespace Her2Graph.Cli.Seed;

/// <summary>The parsed arguments of <c>her2graph seed</c>.</summary>
/// <param name="Folder">The seed folder; null for the nearest graph-seed folder.</param>
/// <param name="Database">The SQLite file; null for <see cref="DefaultDatabase"/>.</param>
/// <param name="To">A running API to push to instead of a file; null for a local import.</param>
/// <param name="Key">The curator API key for <paramref name="To"/>; null to read <see cref="KeyVariable"/>.</param>
internal sealed record SeedArguments(string? Folder, string? Database, bool DryRun, string? To = null, string? Key = null)
{
    /// <summary>Where the key is read from when --key is not given, so that it stays out of shell history.</summary>
    public const string KeyVariable = "HER2GRAPH_API_KEY";

    /// <summary>The database the API uses too, relative to the current directory.</summary>
    public const string DefaultDatabase = "data/her2graph.db";
}
