using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Format">The format's name.</param>
/// <param name="Version">The graph id and version exported.</param>
/// <param name="Files">Full paths of the files written, sorted ordinally.</param>
/// <param name="Nodes">Nodes exported.</param>
/// <param name="Relationships">Relationships exported.</param>
/// <param name="Root">The file (single-file formats) or folder (seed, tsv) that holds the export.</param>
public sealed record ExportResult(string Format, GraphVersion Version, IReadOnlyList<string> Files, int Nodes, int Relationships, string Root);
