using System.Globalization;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>The <c>load</c> mode: <see cref="MixedLoad"/> against the published API on SQLite with its Redis read cache.</summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(string apiDirectory, string work, int clients, TimeSpan duration)
    {
        await using var api = await LoadApi.StartAsync(apiDirectory, work, "load");
        Console.WriteLine($"load: {clients} clients for {duration.TotalSeconds:F0} s against {api.Api.Url} (Redis on {api.Redis.Port}) …");
        return await new MixedLoad(api.Api.Url, api.Key.Key, clients, duration, seed: 14).RunAsync();
    }

    public static FaultOutcome Outcome(LoadResult result) => new("load", result.Passed, Summary(result));

    public static IReadOnlyList<string> Summary(LoadResult r)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{r.Clients} clients, {r.Seconds:F1} s: {r.Requests:N0} requests ({r.Reads:N0} reads, {r.Writes:N0} writes), {r.RequestsPerSecond:N0} req/s"),
            string.Create(CultureInfo.InvariantCulture, $"errors: {r.Errors} ({r.ReadErrors} reads, {r.WriteErrors} writes)"),
            $"writes acknowledged {r.Acknowledged:N0} (distinct keys, last write each), read back and verified {r.Verified:N0}",
            string.Create(CultureInfo.InvariantCulture, $"latency ms: reads p50 {r.Read.P50:F1} p99 {r.Read.P99:F1}; writes p50 {r.Write.P50:F1} p99 {r.Write.P99:F1}"),
        };
        lines.AddRange(r.ErrorSamples.Select(e => "  error: " + e));
        lines.AddRange(r.Unverified.Take(5).Select(u => "  not read back: " + u));
        return lines;
    }
}
