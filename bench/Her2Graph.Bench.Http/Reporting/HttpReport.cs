using System.Globalization;
using System.Text;

namespace Her2Graph.Bench.Http.Reporting;

/// <summary>The HTTP benchmark's table (console and Markdown) and chart, written to bench/results/http-DATE.*.</summary>
internal static class HttpReport
{
    private const string NoServer = "not measured: no server";

    public static string Markdown(IReadOnlyList<QueryResult> results, RunInfo run, bool neo4jMeasured)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured {run.Describe()}.").AppendLine();
        md.AppendLine("| query | API warm req/s | p50 ms | p99 ms | ceiling req/s | API/ceiling | API cold req/s | cold p50 ms | cold p99 ms | cold/ceiling | p99 ms @64 | peer req/s warm / cold | API/peer warm / cold | Neo4j warm req/s |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var peer = r.PeerWarm is null || r.PeerCold is null ? "–" : $"{N(r.PeerWarm.RequestsPerSecond)} / {N(r.PeerCold.RequestsPerSecond)}";
            var peerRatio = r.PeerWarm is null || r.PeerCold is null ? "–"
                : $"{R(r.Warm.RequestsPerSecond / r.PeerWarm.RequestsPerSecond)} / {R(r.Cold.RequestsPerSecond / r.PeerCold.RequestsPerSecond)}";
            var neo4j = r.Neo4jWarm is { } n ? N(n.RequestsPerSecond) : neo4jMeasured ? "–" : NoServer;
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Title} | {N(r.Warm.RequestsPerSecond)} | {M(r.Warm.P50Ms)} | {M(r.Warm.P99Ms)} | {N(r.Ceiling.RequestsPerSecond)} | {R(r.WarmRatio)} | {N(r.Cold.RequestsPerSecond)} | {M(r.Cold.P50Ms)} | {M(r.Cold.P99Ms)} | {R(r.ColdRatio)} | {M(r.Tail.P99Ms)} | {peer} | {peerRatio} | {neo4j} |");
        }

        var errors = results.Sum(r => r.Warm.StatusErrors + r.Cold.StatusErrors + r.Tail.StatusErrors + r.Warm.SocketErrors + r.Cold.SocketErrors + r.Tail.SocketErrors);
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Non-2xx answers and socket errors from the API over all runs: {errors}.");
        return md.ToString();
    }

    public static void Print(IReadOnlyList<QueryResult> results, TextWriter output)
    {
        output.WriteLine($"{"query",-42} {"warm/s",8} {"p50",6} {"p99",6} {"ceil/s",8} {"ratio",5} {"cold/s",8} {"p50",6} {"p99",6} {"ratio",5} {"p99@64",7} {"peer/s",8} {"×peer",5}");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Cut(r.Title),-42} {r.Warm.RequestsPerSecond,8:F0} {r.Warm.P50Ms,6:F2} {r.Warm.P99Ms,6:F2} {r.Ceiling.RequestsPerSecond,8:F0} {r.WarmRatio,5:F2} {r.Cold.RequestsPerSecond,8:F0} {r.Cold.P50Ms,6:F2} {r.Cold.P99Ms,6:F2} {r.ColdRatio,5:F2} {r.Tail.P99Ms,7:F2} {(r.PeerWarm is { } p ? p.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture) : "–"),8} {(r.PeerWarm is { } q ? (r.Warm.RequestsPerSecond / q.RequestsPerSecond).ToString("F2", CultureInfo.InvariantCulture) : "–"),5}"));
        }
    }

    private static string Cut(string s) => s.Length <= 42 ? s : s[..41] + "…";

    private static string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string M(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string R(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
}
