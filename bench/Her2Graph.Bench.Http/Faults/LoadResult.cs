namespace Her2Graph.Bench.Http.Faults;

/// <summary>A load run's outcome: counts, errors (a non-2xx answer, GraphQL errors or no answer), latencies in ms, and the writes read back.</summary>
internal sealed record LoadResult(
    int Clients,
    double Seconds,
    long Reads,
    long Writes,
    long ReadErrors,
    long WriteErrors,
    IReadOnlyList<string> ErrorSamples,
    int Acknowledged,
    int Verified,
    IReadOnlyList<string> Unverified,
    Percentiles Read,
    Percentiles Write)
{
    public long Requests => Reads + Writes;

    public long Errors => ReadErrors + WriteErrors;

    public double RequestsPerSecond => Requests / Seconds;

    public bool Passed => Errors == 0 && Acknowledged > 0 && Verified == Acknowledged;
}
