namespace Her2Graph.Api.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Her2Graph.sln"))) return directory.FullName;
        }

        throw new InvalidOperationException($"no Her2Graph.sln above {AppContext.BaseDirectory}");
    }
}
