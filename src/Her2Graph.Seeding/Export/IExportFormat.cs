namespace Her2Graph.Seeding.Export;

/// <summary>One export format: writes a snapshot into a folder, every file name carrying the graph version.</summary>
internal interface IExportFormat
{
    /// <summary>The name users ask for: <c>seed</c>, <c>json</c>, <c>cytoscape</c>, <c>graphml</c>, <c>tsv</c>.</summary>
    string Name { get; }

    /// <summary>True when the format is a folder of files (served as one archive), false for one file.</summary>
    bool IsFolder { get; }

    /// <summary>Writes the files and returns their full paths, sorted.</summary>
    Task<IReadOnlyList<string>> WriteAsync(GraphSnapshot snapshot, string outDirectory, CancellationToken cancellationToken);
}
