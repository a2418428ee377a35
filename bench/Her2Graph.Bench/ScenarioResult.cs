using System.Globalization;

namespace Her2Graph.Bench;

/// <summary>Median timings of one scenario; the ratio is baseline time over candidate time (above 1: the candidate is faster).</summary>
internal sealed record ScenarioResult(
    string Name, string Baseline, double BaselineMs, int BaselineCalls, string Candidate, double CandidateMs, int CandidateCalls)
{
    public double Ratio => BaselineMs / CandidateMs;

    public static void Print(IReadOnlyList<ScenarioResult> results, int iterations, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Her2Graph store benchmark: medians of {iterations} alternating runs each"));
        output.WriteLine();
        foreach (var r in results)
        {
            output.WriteLine(r.Name);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline   {r.Baseline,-44} {r.BaselineMs,9:F3} ms  {r.BaselineCalls,4} store calls"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  candidate  {r.Candidate,-44} {r.CandidateMs,9:F3} ms  {r.CandidateCalls,4} store calls"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio      {r.Ratio:F2}x"));
            output.WriteLine();
        }
    }
}
