namespace Her2Graph.Seeding.Export;

/// <summary>How far a copy, export or release has got: what it is doing, how much is done, and the total when known.</summary>
/// <param name="Stage">What it is doing, e.g. <c>read nodes</c>, <c>write relationships</c>, <c>write graphml</c>.</param>
/// <param name="Done">Units done in this stage (nodes, relationships, files).</param>
/// <param name="Total">Units in this stage; null when not known yet.</param>
public sealed record ExportProgress(string Stage, long Done, long? Total);
