namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// Whether the build fetched Banana Cake Pop (npm): where the API looks for it under WebApplicationFactory (the Api's
/// Ide/node_modules, its content root) or next to the assembly. Without Node.js it is absent, and the tests of the
/// IDE's page and files skip with <see cref="Missing"/>.
/// </summary>
public static class IdeAssets
{
    private const string Package = "src/Her2Graph.Api/Ide/node_modules/@chillicream/bananacakepop-graphql-ide";

    /// <summary>Why the IDE cannot be served here, or null when it can.</summary>
    public static string? Missing { get; } =
        File.Exists(RepositoryFiles.PathOf($"{Package}/index.html")) || File.Exists(Path.Combine(AppContext.BaseDirectory, "bananacakepop", "index.html"))
            ? null
            : $"Banana Cake Pop is not installed ({Package}): the Api build fetches it with npm, which was missing or failed";
}
