namespace Her2Graph.Seeding.Export;

/// <summary>
/// Exports a whole graph, read at one version (<see cref="GraphReader"/>), in one of <see cref="Formats"/>. Every
/// file name starts <c>her2graph-v&lt;version&gt;</c>; single-file formats write one file into the out directory,
/// folder formats (seed, tsv) one folder <c>her2graph-v&lt;version&gt;-&lt;format&gt;</c> (replaced when it exists),
/// so all formats of one version can share a directory. Output is sorted and holds no clock: two exports of the same
/// version are byte-identical.
/// </summary>
public static class GraphExporter
{
    private static readonly IExportFormat[] All = [new SeedFormat(), new JsonFormat(), new CytoscapeFormat(), new GraphMlFormat(), new TsvFormat()];

    /// <summary>The format names: <c>seed</c>, <c>json</c>, <c>cytoscape</c>, <c>graphml</c>, <c>tsv</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = All.Select(f => f.Name).ToList();

    /// <summary>True for a format written as a folder of files (seed, tsv); the API serves those as one zip.</summary>
    public static bool IsFolderFormat(string format) => Find(format).IsFolder;

    public static async Task<ExportResult> ExportAsync(
        Domain.Store.IGraphStore store, string format, string outDirectory, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        var writer = Find(format);
        var snapshot = await GraphReader.ReadAsync(store, progress, cancellationToken);
        return await WriteAsync(snapshot, writer.Name, outDirectory, progress, cancellationToken);
    }

    /// <summary>Writes an already-read snapshot: a release writes every format from one read.</summary>
    public static async Task<ExportResult> WriteAsync(
        GraphSnapshot snapshot, string format, string outDirectory, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);
        var writer = Find(format);
        progress?.Report(new ExportProgress($"write {writer.Name}", 0, null));
        var files = (await writer.WriteAsync(snapshot, outDirectory, cancellationToken)).Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToList();
        progress?.Report(new ExportProgress($"write {writer.Name}", files.Count, files.Count));
        var prefix = ExportNames.Prefix(snapshot.Version);
        var root = writer.IsFolder ? Path.Combine(outDirectory, $"{prefix}-{writer.Name}") : files[0];
        return new ExportResult(writer.Name, snapshot.Version, files, snapshot.Nodes.Count, snapshot.Relationships.Count, Path.GetFullPath(root));
    }

    private static IExportFormat Find(string format) =>
        All.FirstOrDefault(f => string.Equals(f.Name, format, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown export format '{format}': use {string.Join(", ", All.Select(f => f.Name))}", nameof(format));
}
