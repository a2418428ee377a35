using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Export;

/// <summary>One built download: the file on disk and how it is served.</summary>
/// <param name="Path">The file (a zip for the folder formats).</param>
/// <param name="FileName">The name the client saves it as, with the graph version in it.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Version">The graph id and version it holds.</param>
/// <param name="ETag">Strong: exports of one version are byte-identical.</param>
internal sealed record ExportArtifact(string Path, string FileName, string ContentType, GraphVersion Version, string ETag);
