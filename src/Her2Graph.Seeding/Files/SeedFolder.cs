namespace Her2Graph.Seeding.Files;

/// <summary>Finds the repository's <c>graph-seed</c> folder.</summary>
public static class SeedFolder
{
    public const string DefaultName = "graph-seed";

    /// <summary>
    /// The <c>graph-seed</c> folder in <paramref name="startDirectory"/> or the nearest directory above it that has
    /// one; null when there is none up to the root.
    /// </summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, DefaultName);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
