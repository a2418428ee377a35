using Her2Graph.Api.Ide;

namespace Her2Graph.Api.PersistedDocuments;

/// <summary>
/// The documents known without registration: the IDE's example queries and every <c>*.graphql</c> file of
/// <see cref="PersistedDocumentOptions.Folder"/>, by the SHA-256 of their text. Read once, on first use.
/// </summary>
internal sealed class TrustedDocuments(PersistedDocumentOptions options, IWebHostEnvironment environment)
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _byHash = new(() => Load(options, environment));

    public string? Find(string hash) => _byHash.Value.GetValueOrDefault(hash);

    public int Count => _byHash.Value.Count;

    private static Dictionary<string, string> Load(PersistedDocumentOptions options, IWebHostEnvironment environment)
    {
        var folder = string.IsNullOrWhiteSpace(options.Folder) ? null : Path.GetFullPath(options.Folder);
        if (folder is not null && !Directory.Exists(folder))
            throw new InvalidOperationException($"{PersistedDocumentOptions.Section}:Folder is not a folder: {folder}");

        var documents = ExampleDocuments.Load(IdeFiles.Locate(environment.ContentRootPath).ExamplesDirectory)
            .Concat(ExampleDocuments.Load(folder))
            .Select(document => document.Text);
        return documents.DistinctBy(PersistedQueryExtension.HashOf).ToDictionary(PersistedQueryExtension.HashOf, StringComparer.Ordinal);
    }
}
