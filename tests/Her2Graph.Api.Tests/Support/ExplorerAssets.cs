namespace Her2Graph.Api.Tests.Support;

/// <summary>Whether the explorer was bundled: the Api build runs npm and esbuild in src/Her2Graph.Api/Explorer/web.</summary>
public static class ExplorerAssets
{
    private const string Built = "src/Her2Graph.Api/Explorer/web/dist";

    /// <summary>Why the explorer cannot be served here, or null when it can.</summary>
    public static string? Missing { get; } =
        File.Exists(RepositoryFiles.PathOf($"{Built}/index.html")) || File.Exists(Path.Combine(AppContext.BaseDirectory, "explorer", "index.html"))
            ? null
            : $"The explorer is not built ({Built}): the Api build bundles it with npm and esbuild, which were missing or failed";
}
