using Her2Graph.Domain.Errors;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Input;
using Her2Graph.Seeding.Validation;

namespace Her2Graph.Seeding.Files;

/// <summary>Reads every <c>*.yaml</c> file below a seed folder, in ordinal path order, into one batch.</summary>
public static class SeedFolderReader
{
    public static SeedReading Read(string folder) => Read(folder, progress: null);

    /// <summary>Reads <paramref name="folder"/>, telling <paramref name="progress"/> of each file read.</summary>
    public static SeedReading Read(string folder, IProgress<ImportProgress>? progress)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (!Directory.Exists(root)) throw new DirectoryNotFoundException($"no seed folder at {root}");

        // Paths are relative to the folder's parent so that errors read graph-seed/nodes/drugs.yaml:12.
        var parent = Path.GetDirectoryName(root) ?? root;
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(file => (Full: file, Shown: Path.GetRelativePath(parent, file).Replace('\\', '/')))
            .OrderBy(file => file.Shown, StringComparer.Ordinal)
            .ToList();
        var nodes = new List<NodeInput>();
        var relationships = new List<RelationshipInput>();
        var errors = new List<ValidationError>();
        var summaries = new List<SeedFileSummary>(files.Count);
        progress?.Report(new ImportProgress(ImportProgress.Reading, 0, files.Count));
        foreach (var file in files)
        {
            summaries.Add(SeedFileReader.Read(file.Full, file.Shown, nodes, relationships, errors));
            progress?.Report(new ImportProgress(ImportProgress.Reading, summaries.Count, files.Count));
        }

        if (files.Count == 0)
        {
            errors.Add(new ValidationError(ErrorCodes.Syntax, "the folder has no *.yaml file", Path.GetRelativePath(parent, root).Replace('\\', '/')));
        }

        return new SeedReading(new GraphInput(nodes, relationships), summaries, errors);
    }
}
