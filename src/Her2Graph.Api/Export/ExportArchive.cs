using System.IO.Compression;

namespace Her2Graph.Api.Export;

/// <summary>
/// Zips a folder export (seed, tsv) so it downloads as one file: entries sorted, below one folder named like the
/// export, with a fixed timestamp, so the zip of one version is byte-identical however often it is built.
/// </summary>
internal static class ExportArchive
{
    private static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(string folder, string zipPath, CancellationToken cancellationToken)
    {
        var root = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        await using var stream = File.Create(zipPath);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var entry = zip.CreateEntry($"{root}/{file}", CompressionLevel.Optimal);
            entry.LastWriteTime = Timestamp;
            await using var target = entry.Open();
            await using var source = File.OpenRead(Path.Combine(folder, file));
            await source.CopyToAsync(target, cancellationToken);
        }
    }
}
