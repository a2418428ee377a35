namespace Her2Graph.Bench.Http.Faults;

/// <summary>p50 and p99 of a set of latencies, in ms.</summary>
internal sealed record Percentiles(double P50, double P99)
{
    public static Percentiles Of(List<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new Percentiles(double.NaN, double.NaN);
        milliseconds.Sort();
        return new Percentiles(At(milliseconds, 0.50), At(milliseconds, 0.99));
    }

    private static double At(List<double> sorted, double share) => sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * share))];
}
