namespace Her2Graph.Bench.Http.Faults;

/// <summary>What the clients have done so far, read while they run (the fault run samples it at each step).</summary>
internal sealed class LoadCounters
{
    private long _reads;
    private long _writes;
    private long _readErrors;
    private long _writeErrors;

    public long Reads => Interlocked.Read(ref _reads);

    public long Writes => Interlocked.Read(ref _writes);

    public long ReadErrors => Interlocked.Read(ref _readErrors);

    public long WriteErrors => Interlocked.Read(ref _writeErrors);

    public void Read(bool failed)
    {
        Interlocked.Increment(ref _reads);
        if (failed) Interlocked.Increment(ref _readErrors);
    }

    public void Wrote(bool failed)
    {
        Interlocked.Increment(ref _writes);
        if (failed) Interlocked.Increment(ref _writeErrors);
    }
}
