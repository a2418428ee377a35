using Her2Graph.Seeding.Files;

namespace Her2Graph.Seeding.Tests.Support;

/// <summary>The repository's own graph-seed folder, found by walking up from the test assembly.</summary>
internal static class RepositorySeed
{
    public static string Folder { get; } =
        SeedFolder.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"no graph-seed folder above {AppContext.BaseDirectory}");
}
