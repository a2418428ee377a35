using Microsoft.Extensions.FileProviders;

namespace Her2Graph.Api.Ide;

/// <summary>
/// Where the IDE's files are: the npm package under the content root (<c>dotnet run</c>, WebApplicationFactory) or
/// the copy the build puts next to the assembly (a published app). Neither is committed: the build runs <c>npm ci</c>.
/// </summary>
internal sealed class IdeFiles
{
    private const string PackagePath = "Ide/node_modules/@chillicream/bananacakepop-graphql-ide";

    private IdeFiles(string? packageDirectory, string? examplesDirectory)
    {
        Package = packageDirectory is null ? null : new PhysicalFileProvider(packageDirectory);
        ExamplesDirectory = examplesDirectory;
    }

    /// <summary>The Banana Cake Pop static build, or null when it has not been fetched.</summary>
    public PhysicalFileProvider? Package { get; }

    public string? ExamplesDirectory { get; }

    public static IdeFiles Locate(string contentRoot)
    {
        string[] roots = [contentRoot, AppContext.BaseDirectory];
        var package = roots
            .SelectMany(root => new[] { Path.Combine(root, PackagePath), Path.Combine(root, "bananacakepop") })
            .FirstOrDefault(directory => File.Exists(Path.Combine(directory, "index.html")));
        var examples = roots.Select(root => Path.Combine(root, "Ide", "examples")).FirstOrDefault(Directory.Exists);
        return new IdeFiles(package is null ? null : Path.GetFullPath(package), examples);
    }
}
