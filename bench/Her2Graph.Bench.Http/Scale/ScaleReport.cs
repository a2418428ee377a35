using System.Globalization;
using System.Text;
using Her2Graph.Bench.Http.Hosting;
using Her2Graph.Bench.Http.Reporting;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>The scale benchmark's table (median ms per shape and size, and the growth from the smallest size) and its log–log chart.</summary>
internal static class ScaleReport
{
    public static string Line(SizeResult r) => r.Skipped is not null
        ? $"{r.Factor}×: {r.Skipped}"
        : string.Create(CultureInfo.InvariantCulture, $"{r.Factor}×: imported in {r.ImportSeconds:F1} s; ") +
          string.Join("; ", r.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Shape} {t.MedianMs:F1} ms")));

    public static async Task WriteAsync(IReadOnlyList<SizeResult> results, BenchOptions options, DateTimeOffset started, bool neo4jGiven)
    {
        var date = started.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var measured = results.Where(r => r.Skipped is null).ToList();
        var md = new StringBuilder($"# Scale benchmark, {date}\n\n![chart](scale-{date}.svg)\n\n");
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Measured {started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (API on core 0, client on core 1), load average at the end {RunInfo.LoadAverage()}; synthetic graphs from seed {options.ScaleSeed}; median (p90) ms of {options.ScaleSamples} sequential requests per shape, each naming another entity or page, after {3} warm-up requests; SQLite.");
        md.AppendLine();
        md.AppendLine("| size | nodes | relationship records | generated s | imported s |").AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Factor}× | {r.Nodes:N0} | {r.Relationships:N0} | {r.GenerateSeconds:F1} | {(r.Skipped is null ? r.ImportSeconds.ToString("F1", CultureInfo.InvariantCulture) : r.Skipped)} |");
        md.AppendLine();
        md.Append("| shape |").AppendJoin("", measured.Select(r => $" {r.Factor}× ms |")).AppendLine(" growth, largest / smallest | errors | Neo4j |");
        md.Append("|---|").AppendJoin("", measured.Select(_ => "---:|")).AppendLine("---:|---:|---|");
        var shapes = measured.FirstOrDefault()?.Timings.Select(t => t.Shape).ToList() ?? [];
        foreach (var shape in shapes)
        {
            var row = measured.Select(r => r.Timings.First(t => t.Shape == shape)).ToList();
            md.Append(CultureInfo.InvariantCulture, $"| {shape} |").AppendJoin("", row.Select(t => string.Create(CultureInfo.InvariantCulture, $" {t.MedianMs:F1} ({t.P90Ms:F1}) |")));
            md.AppendLine(CultureInfo.InvariantCulture, $" {row[^1].MedianMs / row[0].MedianMs:F1}× | {row.Sum(t => t.Errors)} | {(neo4jGiven ? "not measured: the scale run loads SQLite only" : "not measured: no server")} |");
        }

        var outDirectory = Directory.CreateDirectory(options.OutDirectory ?? Repository.Results).FullName;
        await File.WriteAllTextAsync(Path.Combine(outDirectory, $"scale-{date}.md"), md.ToString());
        await File.WriteAllTextAsync(Path.Combine(outDirectory, $"scale-{date}.svg"), LineChartSvg.Render(
            $"Her2Graph: median ms per query shape vs graph size (SQLite, {date})", "graph size (× the real seed)", "ms",
            shapes.Select(s => (s, (IReadOnlyList<(double, double)>)measured.Select(r => ((double)r.Factor, r.Timings.First(t => t.Shape == s).MedianMs)).ToList())).ToList()));
        Console.Write(md.ToString());
    }
}
