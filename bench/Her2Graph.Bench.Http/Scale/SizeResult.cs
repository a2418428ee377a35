namespace Her2Graph.Bench.Http.Scale;

/// <summary>One graph size: what it holds, how long generating and importing took, and its shapes' timings (none when the import ran out of time).</summary>
internal sealed record SizeResult(int Factor, long Nodes, long Relationships, double GenerateSeconds, double ImportSeconds, string? Skipped, IReadOnlyList<ShapeTiming> Timings);
