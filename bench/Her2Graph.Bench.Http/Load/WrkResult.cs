using System.Globalization;

namespace Her2Graph.Bench.Http.Load;

/// <summary>One wrk run: requests per second, median and 99th percentile latency (ms), non-2xx answers and socket errors.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long StatusErrors, long SocketErrors)
{
    public static WrkResult Parse(string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("wrk printed no RESULT line:\n" + output);
        var f = line.Split(' ').Skip(1).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        return new WrkResult(f[0] / (f[1] / 1e6), f[2] / 1000, f[3] / 1000, (long)f[4], (long)f[5]);
    }

    /// <summary>The median of each figure over several runs (each figure on its own).</summary>
    public static WrkResult Median(IReadOnlyList<WrkResult> runs) => new(
        Mid(runs.Select(r => r.RequestsPerSecond)), Mid(runs.Select(r => r.P50Ms)), Mid(runs.Select(r => r.P99Ms)),
        runs.Sum(r => r.StatusErrors), runs.Sum(r => r.SocketErrors));

    private static double Mid(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
