using Microsoft.Extensions.FileProviders;

namespace Her2Graph.Api.Explorer;

/// <summary>
/// Where the explorer's built page is: <c>Explorer/web/dist</c> under the content root (<c>dotnet run</c>,
/// WebApplicationFactory) or the copy the build puts next to the assembly (a published app). Neither is committed:
/// the build bundles it from npm packages with esbuild (see the Api project file).
/// </summary>
internal static class ExplorerFiles
{
    private const string BuiltPath = "Explorer/web/dist";

    /// <summary>The folder holding <c>index.html</c> and its bundle, or null when the build left the explorer out.</summary>
    public static PhysicalFileProvider? Locate(string contentRoot)
    {
        string[] candidates = [Path.Combine(contentRoot, BuiltPath), Path.Combine(AppContext.BaseDirectory, "explorer")];
        var found = candidates.FirstOrDefault(directory => File.Exists(Path.Combine(directory, "index.html")));
        return found is null ? null : new PhysicalFileProvider(Path.GetFullPath(found));
    }
}
