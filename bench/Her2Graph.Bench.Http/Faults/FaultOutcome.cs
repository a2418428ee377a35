namespace Her2Graph.Bench.Http.Faults;

/// <summary>One fault mode's verdict and the lines that explain it.</summary>
internal sealed record FaultOutcome(string Mode, bool Passed, IReadOnlyList<string> Lines);
