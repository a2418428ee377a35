namespace Her2Graph.Api.Telemetry;

/// <summary>How many calls one DI scope (a request) made to the store: counted by <see cref="InstrumentedGraphStore"/>.</summary>
internal sealed class RequestStoreCalls
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    // Loaders of one level run concurrently.
    public void Add() => Interlocked.Increment(ref _count);
}
