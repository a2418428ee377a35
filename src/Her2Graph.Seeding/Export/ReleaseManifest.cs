using System.Text.Json;
using System.Text.Json.Serialization;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// What a release is (<c>manifest.json</c> in its bundle folder): its name, the graph id and version it holds, when it
/// was made, the release before it, counts per kind and type, and the SHA-256 of every other file of the bundle.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>: tells a manifest from any other JSON file.</param>
/// <param name="Name">The release name, as given.</param>
/// <param name="GraphId">The store's graph id.</param>
/// <param name="GraphVersion">The graph version released: the API reports this release while it serves this id and version.</param>
/// <param name="CreatedAt">When the bundle was written.</param>
/// <param name="Previous">The release before it of the same graph (found beside it), null for the first.</param>
/// <param name="NodeCounts">Nodes per kind, every kind, and <c>total</c>.</param>
/// <param name="RelationshipCounts">Relationships per type (wire name), every type, and <c>total</c>.</param>
/// <param name="Files">Every file of the bundle but the manifest, by path.</param>
public sealed record ReleaseManifest(
    string Format,
    string Name,
    string GraphId,
    long GraphVersion,
    DateTimeOffset CreatedAt,
    ReleaseReference? Previous,
    IReadOnlyDictionary<string, int> NodeCounts,
    IReadOnlyDictionary<string, int> RelationshipCounts,
    IReadOnlyList<ReleaseFile> Files)
{
    public const string FormatName = "her2graph-release";

    public const string FileName = "manifest.json";

    internal static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest at <paramref name="path"/>; null when the file is not a release manifest (another JSON, a broken file).</summary>
    public static async Task<ReleaseManifest?> TryReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            var manifest = await JsonSerializer.DeserializeAsync<ReleaseManifest>(stream, Json, cancellationToken);
            return manifest is { Format: FormatName, Name.Length: > 0, GraphId.Length: > 0 } ? manifest : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Every readable manifest in the folders directly below <paramref name="releasesFolder"/>, by version then name.</summary>
    public static async Task<IReadOnlyList<ReleaseManifest>> ReadAllAsync(string releasesFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(releasesFolder)) return [];
        var manifests = new List<ReleaseManifest>();
        foreach (var folder in Directory.EnumerateDirectories(releasesFolder).Order(StringComparer.Ordinal))
        {
            var path = System.IO.Path.Combine(folder, FileName);
            if (File.Exists(path) && await TryReadAsync(path, cancellationToken) is { } manifest) manifests.Add(manifest);
        }

        return manifests.OrderBy(m => m.GraphVersion).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
    }
}
