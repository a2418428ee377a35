using System.Diagnostics;

namespace Her2Graph.Bench;

/// <summary>A candidate and the baseline it is compared with; both return how many store calls they made.</summary>
internal sealed record Scenario(string Name, string Baseline, Func<Task<int>> RunBaselineAsync, string Candidate, Func<Task<int>> RunCandidateAsync)
{
    public async Task<ScenarioResult> RunAsync(int iterations)
    {
        // Warm up both (JIT, SQLite page cache, connection pool) before timing either.
        for (var i = 0; i < 10; i++)
        {
            await RunBaselineAsync();
            await RunCandidateAsync();
        }

        var baseline = new List<double>(iterations);
        var candidate = new List<double>(iterations);
        int baselineCalls = 0, candidateCalls = 0;
        for (var i = 0; i < iterations; i++)
        {
            baselineCalls = await TimeAsync(RunBaselineAsync, baseline);
            candidateCalls = await TimeAsync(RunCandidateAsync, candidate);
        }

        return new ScenarioResult(Name, Baseline, Median(baseline), baselineCalls, Candidate, Median(candidate), candidateCalls);
    }

    private static async Task<int> TimeAsync(Func<Task<int>> run, List<double> samples)
    {
        var start = Stopwatch.GetTimestamp();
        var calls = await run();
        samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return calls;
    }

    private static double Median(List<double> samples)
    {
        samples.Sort();
        return samples[samples.Count / 2];
    }
}
