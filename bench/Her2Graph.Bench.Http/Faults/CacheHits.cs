using System.Globalization;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>The API's <c>her2graph_cache_hits_total</c>, summed over its methods, from its Prometheus scrape endpoint.</summary>
internal static class CacheHits
{
    private const string Metric = "her2graph_cache_hits_total";
    private static readonly HttpClient Scraper = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<double> ReadAsync(Uri metrics)
    {
        var text = await Scraper.GetStringAsync(metrics);
        return text.Split('\n')
            .Where(line => line.StartsWith(Metric, StringComparison.Ordinal) && line.Length > Metric.Length && line[Metric.Length] is '{' or ' ')
            .Sum(Value);
    }

    // "name{labels} value [timestamp]": the exporter may write a timestamp after the value.
    private static double Value(string line)
    {
        var afterLabels = line[(line.LastIndexOf('}') is var end and >= 0 ? end + 1 : Metric.Length)..];
        return double.Parse(afterLabels.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
    }
}
