using System.Diagnostics;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// <c>her2graph seed FOLDER --db FILE</c>, the CLI's bulk import into SQLite, as its own process: the time its
/// validation ended (its line "validation: no errors …"; the one write starts then) is recorded, and it can be killed.
/// </summary>
internal sealed class ImportProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TaskCompletionSource<TimeSpan> _validated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _errors = [];

    public ImportProcess(string cliDirectory, string folder, string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(cliDirectory, "her2graph.dll"), "seed", folder, "--db", database }) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_gcServer"] = "0";
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start her2graph seed");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("validation: no errors", StringComparison.Ordinal) == true) _validated.TrySetResult(_clock.Elapsed);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (_errors) _errors.Add(e.Data);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _ = _process.WaitForExitAsync().ContinueWith(_ => _validated.TrySetException(new InvalidOperationException(Failure())), TaskScheduler.Default);
    }

    /// <summary>When validation ended and the write began, from the process's start.</summary>
    public Task<TimeSpan> Validated => _validated.Task;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the end; the time from the start, or an exception when the import failed.</summary>
    public async Task<TimeSpan> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        if (_process.ExitCode != 0) throw new InvalidOperationException(Failure());
        return _clock.Elapsed;
    }

    /// <summary>SIGKILL: no shutdown, no chance to roll back; true when the import was still running.</summary>
    public bool Kill()
    {
        var running = !_process.HasExited;
        if (running) _process.Kill();
        _process.WaitForExit();
        return running;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private string Failure()
    {
        lock (_errors) return $"her2graph seed exited with {_process.ExitCode}: {string.Join(" | ", _errors.Take(5))}";
    }
}
