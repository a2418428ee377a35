using System.Globalization;
using System.Net;
using System.Text;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Fuzz;

/// <summary>How long each request took, summarised for the test output. Recorded, never asserted.</summary>
internal sealed class DurationLog
{
    private readonly List<(FuzzRequest Request, TimeSpan Duration, HttpStatusCode Status)> entries = [];
    private readonly Dictionary<string, int> codes = new(StringComparer.Ordinal);

    public void Add(FuzzRequest request, TimeSpan duration, GraphQLResponse response)
    {
        entries.Add((request, duration, response.StatusCode));
        foreach (var code in response.ErrorCodes.Distinct()) codes[code ?? "(none)"] = codes.GetValueOrDefault(code ?? "(none)") + 1;
    }

    public string Summary(int slowest = 10)
    {
        var text = new StringBuilder();
        var ms = entries.Select(e => e.Duration.TotalMilliseconds).Order().ToList();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{entries.Count} requests in {ms.Sum() / 1000:0.0} s: p50 {Percentile(ms, 50):0.0} ms, p90 {Percentile(ms, 90):0.0} ms, p99 {Percentile(ms, 99):0.0} ms, max {ms.LastOrDefault():0.0} ms");
        foreach (var group in entries.GroupBy(e => e.Request.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statuses = string.Join(", ", group.GroupBy(e => (int)e.Status).OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Count()}"));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {group.Key}: {group.Count()} requests, p50 {Percentile(group.Select(e => e.Duration.TotalMilliseconds).Order().ToList(), 50):0.0} ms; statuses {statuses}");
        }

        text.AppendLine("error codes (responses with each): " + string.Join(", ", codes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"slowest {slowest}:");
        foreach (var (request, duration, status) in entries.OrderByDescending(e => e.Duration).Take(slowest))
        {
            var document = request.Document.Length > 160 ? request.Document[..160] + "…" : request.Document;
            text.AppendLine(CultureInfo.InvariantCulture, $"  {duration.TotalMilliseconds:0.0} ms, HTTP {(int)status}, seed {request.Seed}, {string.Join('/', request.RootFields)}: {document}");
        }

        return text.ToString();
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
