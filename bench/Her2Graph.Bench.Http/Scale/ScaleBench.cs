using System.Diagnostics;
using System.Text.Json.Nodes;
using Her2Graph.Bench.Http.Hosting;
using Her2Graph.Bench.Http.Queries;

namespace Her2Graph.Bench.Http.Scale;

/// <summary>
/// The scale benchmark: for each size, a synthetic graph generated, imported into SQLite through the normal import,
/// served by the published API (core 0), and each query shape timed from here (core 1), one request at a time.
/// </summary>
internal static class ScaleBench
{
    private const int Warmups = 3;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        // The client on the other core than the API, as in the HTTP benchmark.
        PinnedProcess.Pin(Environment.ProcessId, 1);
        var work = Directory.CreateTempSubdirectory("her2graph-benchscale-").FullName;
        var started = DateTimeOffset.UtcNow;
        var apiDirectory = await ApiServer.PublishAsync(options.ApiDirectory, work);
        var results = new List<SizeResult>();
        foreach (var factor in options.Sizes)
        {
            var result = await MeasureSizeAsync(options, apiDirectory, work, factor);
            results.Add(result);
            Console.WriteLine(ScaleReport.Line(result));
            if (result.Skipped is not null) break;
        }

        await ScaleReport.WriteAsync(results, options, started, Environment.GetEnvironmentVariable("HER2GRAPH_NEO4J_URI") is { Length: > 0 });
        Console.WriteLine($"logs and graphs in {work}");
        return 0;
    }

    private static async Task<SizeResult> MeasureSizeAsync(BenchOptions options, string apiDirectory, string work, int factor)
    {
        var watch = Stopwatch.StartNew();
        var folder = Path.Combine(work, $"seed-{factor}x");
        var summary = new SyntheticSeed(Repository.SeedFolder, factor, options.ScaleSeed).Write(folder);
        var generate = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"{factor}×: {summary.Nodes:N0} nodes, {summary.Relationships:N0} relationships generated in {generate:F1} s; importing …");
        var db = Path.Combine(work, $"scale-{factor}x.db");
        double import;
        try
        {
            import = await ScaleImport.ImportAsync(folder, db, TimeSpan.FromSeconds(options.ScaleBudgetSeconds));
        }
        catch (TimeoutException)
        {
            return new SizeResult(factor, summary.Nodes, summary.Relationships, generate, options.ScaleBudgetSeconds, $"import not done within the budget of {options.ScaleBudgetSeconds} s", []);
        }

        await using var api = await ApiServer.StartAsync(apiDirectory, db, null, Path.Combine(work, $"api-{factor}x.log"));
        using var client = new HttpClient { BaseAddress = api.Url, Timeout = TimeSpan.FromSeconds(60) };
        var facts = (await GraphFacts.ReadAsync(client)).Shuffled(options.ScaleSeed + factor);
        var timings = new List<ShapeTiming>();
        foreach (var shape in QueryShape.All()) timings.Add(await TimeAsync(client, shape, facts, factor, options.ScaleSamples));
        return new SizeResult(factor, summary.Nodes, summary.Relationships, generate, import, null, timings);
    }

    private static async Task<ShapeTiming> TimeAsync(HttpClient client, QueryShape shape, GraphFacts facts, int factor, int samples)
    {
        var times = new List<double>();
        var errors = 0;
        for (var i = 0; i < Warmups + samples; i++)
        {
            using var content = new ByteArrayContent(shape.Body(facts, i));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var start = Stopwatch.GetTimestamp();
            using var response = await client.PostAsync("/graphql", content);
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (i < Warmups) continue;
            times.Add(elapsed);
            if (!response.IsSuccessStatusCode || JsonNode.Parse(body)?["errors"] is not null) errors++;
        }

        times.Sort();
        return new ShapeTiming(shape.Name, factor, times[times.Count / 2], times[(int)(times.Count * 0.9)], errors);
    }
}
