using System.Globalization;

namespace Her2Graph.Cli.Progress;

/// <summary>
/// Progress as plain lines (<c>copying nodes: 128/512</c>) for logs and pipes: a line at each quarter of a stage with a
/// known total, one line at the end of a stage without one. The lines depend only on what was reported, never on time.
/// </summary>
internal sealed class PlainProgress(TextWriter output) : CommandProgress
{
    private readonly Lock _lock = new();
    private string? _stage;
    private long _done;
    private long? _total;
    private int _quartersShown;

    public override TextWriter Log => output;

    public override void Report(string stage, long done, long? total)
    {
        lock (_lock)
        {
            if (stage != _stage)
            {
                End();
                (_stage, _quartersShown) = (stage, 0);
            }

            (_done, _total) = (done, total);
            if (total is > 0 && done * 4 / total.Value is var quarters && quarters > _quartersShown)
            {
                _quartersShown = (int)Math.Min(quarters, 4);
                output.WriteLine(Line());
            }
        }
    }

    public static async Task<T> RunAsync<T>(TextWriter output, Func<CommandProgress, Task<T>> work)
    {
        var progress = new PlainProgress(output);
        try
        {
            return await work(progress);
        }
        finally
        {
            lock (progress._lock) progress.End();
        }
    }

    /// <summary>A stage without a total says how far it got; one with a total said so at its last quarter.</summary>
    private void End()
    {
        if (_stage is not null && _total is null or 0) output.WriteLine(Line());
        _stage = null;
    }

    private string Line() => _total is { } total
        ? string.Create(CultureInfo.InvariantCulture, $"{_stage}: {_done}/{total}")
        : string.Create(CultureInfo.InvariantCulture, $"{_stage}: {_done}");
}
