using System.Security.Cryptography;
using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>
/// Writes a release: a bundle folder (<c>outDirectory</c>, by convention <c>releases/&lt;name&gt;</c>) with every
/// export format of one read of the graph, <c>CHANGELOG.md</c> and <c>manifest.json</c> (<see cref="ReleaseManifest"/>).
/// <para>
/// Releases are folders, not store records: a release is files a paper cites and a mirror serves, checksummed, and
/// recording it in the store would need a write that changes no fact. The release before this one is the manifest
/// of the same graph id with the highest lower version in the folders beside <c>outDirectory</c>; the changelog
/// covers the change log after it. The API reports a release by reading the manifests of its releases folder
/// (<c>Her2Graph:Releases:Folder</c>): the one whose graph id and version are those it serves.
/// </para>
/// A bundle is never overwritten: an <c>outDirectory</c> that exists and is not empty is refused.
/// </summary>
public static class ReleaseWriter
{
    public const string ChangelogFileName = "CHANGELOG.md";

    public static Task<ReleaseManifest> WriteAsync(
        IGraphStore store, string name, string outDirectory, IProgress<ExportProgress>? progress, CancellationToken cancellationToken) =>
        WriteAsync(store, name, outDirectory, TimeProvider.System, progress, cancellationToken);

    public static async Task<ReleaseManifest> WriteAsync(
        IGraphStore store, string name, string outDirectory, TimeProvider clock, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        CheckName(name);
        var bundle = Path.GetFullPath(outDirectory);
        if (Directory.Exists(bundle) && Directory.EnumerateFileSystemEntries(bundle).Any())
        {
            throw new IOException($"{bundle} exists and is not empty: a release bundle is never overwritten; choose a new folder (releases/<name>)");
        }

        var snapshot = await GraphReader.ReadAsync(store, progress, cancellationToken);
        var previous = await FindPreviousAsync(bundle, snapshot.Version, cancellationToken);
        Directory.CreateDirectory(bundle);
        foreach (var format in GraphExporter.Formats) await GraphExporter.WriteAsync(snapshot, format, bundle, progress, cancellationToken);

        progress?.Report(new ExportProgress("write changelog", 0, 1));
        var changelog = await ChangelogWriter.WriteAsync(store, name, snapshot.Version, previous, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(bundle, ChangelogFileName), changelog, new System.Text.UTF8Encoding(false), cancellationToken);

        var files = await ChecksumsAsync(bundle, progress, cancellationToken);
        var manifest = new ReleaseManifest(
            ReleaseManifest.FormatName, name, snapshot.Version.GraphId, snapshot.Version.Number, clock.GetUtcNow(), previous,
            WithTotal(snapshot.NodeCounts.ToDictionary(p => p.Key.ToString(), p => p.Value)),
            WithTotal(snapshot.RelationshipCounts.ToDictionary(p => p.Key.ToWireName(), p => p.Value)),
            files);
        await using (var stream = File.Create(Path.Combine(bundle, ReleaseManifest.FileName)))
        {
            await JsonSerializer.SerializeAsync(stream, manifest, ReleaseManifest.Json, cancellationToken);
        }

        return manifest;
    }

    private static void CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Length > 100 || name.Trim() != name || name.Any(char.IsControl))
        {
            throw new ArgumentException($"release name '{name}' must be at most 100 printable characters with no leading or trailing space, e.g. 2026.12", nameof(name));
        }
    }

    private static async Task<ReleaseReference?> FindPreviousAsync(string bundle, GraphVersion released, CancellationToken cancellationToken)
    {
        var parent = Path.GetDirectoryName(bundle);
        if (parent is null) return null;
        var manifests = await ReleaseManifest.ReadAllAsync(parent, cancellationToken);
        return manifests.Where(m => m.GraphId == released.GraphId && m.GraphVersion < released.Number)
            .Select(m => new ReleaseReference(m.Name, m.GraphVersion))
            .LastOrDefault();
    }

    private static async Task<IReadOnlyList<ReleaseFile>> ChecksumsAsync(string bundle, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var paths = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(bundle, p).Replace('\\', '/'))
            .Where(p => p != ReleaseManifest.FileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var files = new List<ReleaseFile>(paths.Count);
        foreach (var path in paths)
        {
            await using var stream = File.OpenRead(Path.Combine(bundle, path));
            var hash = await SHA256.HashDataAsync(stream, cancellationToken);
            files.Add(new ReleaseFile(path, stream.Length, Convert.ToHexStringLower(hash)));
            progress?.Report(new ExportProgress("checksums", files.Count, paths.Count));
        }

        return files;
    }

    private static Dictionary<string, int> WithTotal(Dictionary<string, int> counts)
    {
        counts["total"] = counts.Values.Sum();
        return counts;
    }
}
