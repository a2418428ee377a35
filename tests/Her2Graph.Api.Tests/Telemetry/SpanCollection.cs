using System.Collections;
using System.Diagnostics;

namespace Her2Graph.Api.Tests.Telemetry;

/// <summary>The in-memory exporter's list, made safe for hosts of other test classes exporting at the same time.</summary>
public sealed class SpanCollection : ICollection<Activity>
{
    private readonly List<Activity> _spans = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock) return _spans.Count;
        }
    }

    public bool IsReadOnly => false;

    /// <summary>The spans of one trace, in the order they ended.</summary>
    public IReadOnlyList<Activity> Of(ActivityTraceId trace)
    {
        lock (_lock) return [.. _spans.Where(span => span.TraceId == trace)];
    }

    public void Add(Activity item)
    {
        lock (_lock) _spans.Add(item);
    }

    public void Clear()
    {
        lock (_lock) _spans.Clear();
    }

    public bool Contains(Activity item)
    {
        lock (_lock) return _spans.Contains(item);
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (_lock) _spans.CopyTo(array, arrayIndex);
    }

    public bool Remove(Activity item)
    {
        lock (_lock) return _spans.Remove(item);
    }

    public IEnumerator<Activity> GetEnumerator()
    {
        lock (_lock) return ((IEnumerable<Activity>)[.. _spans]).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
