namespace Her2Graph.Seeding.Export;

/// <summary>One file of a release bundle.</summary>
/// <param name="Path">Relative to the bundle folder, with '/' separators.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex (what <c>sha256sum -c</c> compares).</param>
public sealed record ReleaseFile(string Path, long Bytes, string Sha256);
