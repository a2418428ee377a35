using System.Collections.Concurrent;
using Her2Graph.Api.Storage;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Api.Export;

/// <summary>
/// Builds each download once per graph id, version and format, and keeps it on disk (<see cref="ExportOptions.CacheFolder"/>):
/// concurrent first requests share one build, later ones (and a restarted API) stream the file. A build reads the
/// store behind the read cache, so its whole-graph read sees every write (the cache's per-request version would hide
/// them); it runs to its end even when the request that started it goes away, since others may wait for it. When
/// a version is built, the files of older versions of that graph are deleted.
/// </summary>
internal sealed partial class ExportBuilds(GatedGraphStore store, ExportOptions options, IHostApplicationLifetime lifetime, ILogger<ExportBuilds> logger)
{
    private readonly ConcurrentDictionary<(string GraphId, long Version, string Format), Lazy<Task<ExportArtifact>>> _builds = new();
    private int _count;

    /// <summary>How many exports this process has built (not served from disk or memory): an observable count for tests and logs.</summary>
    public int Count => Volatile.Read(ref _count);

    public async Task<ExportArtifact> GetAsync(string format, CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        var key = (version.GraphId, version.Number, format);
        var build = _builds.GetOrAdd(key, k => new Lazy<Task<ExportArtifact>>(() => BuildAsync(k.Format, version)));
        try
        {
            return await build.Value.WaitAsync(cancellationToken);
        }
        catch when (build.Value.IsFaulted || build.Value.IsCanceled)
        {
            // A failed build is not kept: the next request tries again.
            _builds.TryRemove(KeyValuePair.Create(key, build));
            throw;
        }
    }

    private async Task<ExportArtifact> BuildAsync(string format, GraphVersion version)
    {
        if (Existing(format, version) is { } existing) return existing;
        var graphFolder = Path.Combine(options.CacheFolder, Safe(version.GraphId));
        var work = Path.Combine(graphFolder, $".build-{format}-{Guid.NewGuid():N}");
        try
        {
            Interlocked.Increment(ref _count);
            var result = await GraphExporter.ExportAsync(store, format, Path.Combine(work, "export"), null, lifetime.ApplicationStopping);
            if (Existing(format, result.Version) is { } raced) return raced;
            var staged = Path.Combine(work, "result");
            Directory.CreateDirectory(staged);
            if (GraphExporter.IsFolderFormat(format)) await ExportArchive.WriteAsync(result.Root, Path.Combine(staged, Path.GetFileName(result.Root) + ".zip"), lifetime.ApplicationStopping);
            else File.Move(result.Root, Path.Combine(staged, Path.GetFileName(result.Root)));

            var final = FolderOf(format, result.Version);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            try
            {
                Directory.Move(staged, final);
            }
            catch (IOException) when (Directory.Exists(final))
            {
                // Another process built the same version at the same time: its file is as good as ours.
            }

            LogBuilt(logger, format, result.Version.Number, result.Version.GraphId);
            DeleteOlderThan(result.Version);
            return Existing(format, result.Version) ?? throw new IOException($"the {format} export of version {result.Version.Number} vanished from {final}");
        }
        finally
        {
            TryDelete(work);
        }
    }

    private ExportArtifact? Existing(string format, GraphVersion version)
    {
        var folder = FolderOf(format, version);
        if (!Directory.Exists(folder) || Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).FirstOrDefault() is not { } file) return null;
        var contentType = file.EndsWith(".zip", StringComparison.Ordinal) ? "application/zip"
            : file.EndsWith(".graphml", StringComparison.Ordinal) ? "application/graphml+xml"
            : "application/json";
        return new ExportArtifact(file, Path.GetFileName(file), contentType, version, $"\"{Safe(version.GraphId)}-v{version.Number}-{format}\"");
    }

    private void DeleteOlderThan(GraphVersion version)
    {
        foreach (var key in _builds.Keys.Where(k => k.GraphId == version.GraphId && k.Version < version.Number)) _builds.TryRemove(key, out _);
        var graphFolder = Path.Combine(options.CacheFolder, Safe(version.GraphId));
        foreach (var folder in Directory.EnumerateDirectories(graphFolder, "v*"))
        {
            if (long.TryParse(Path.GetFileName(folder).AsSpan(1), out var number) && number < version.Number) TryDelete(folder);
        }
    }

    private string FolderOf(string format, GraphVersion version) =>
        Path.Combine(options.CacheFolder, Safe(version.GraphId), $"v{version.Number}", format);

    // Graph ids are GUIDs; anything else is made a safe file name rather than trusted as one.
    private static string Safe(string graphId) => string.Concat(graphId.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file being streamed (Windows keeps it locked): the next build of this graph tries again.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the {Format} export of graph version {Version} ({GraphId})")]
    private static partial void LogBuilt(ILogger logger, string format, long version, string graphId);
}
