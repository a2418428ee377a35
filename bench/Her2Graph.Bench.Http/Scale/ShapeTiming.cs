namespace Her2Graph.Bench.Http.Scale;

/// <summary>The median and 90th percentile (ms) of one shape's requests at one size, and how many answered with errors.</summary>
internal sealed record ShapeTiming(string Shape, int Factor, double MedianMs, double P90Ms, int Errors);
