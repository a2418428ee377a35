namespace Her2Graph.Bench.Http.Faults;

/// <summary>An import a kill-import round can SIGKILL: the CLI writing the store itself, or the API that the CLI sends the folder to.</summary>
internal interface IKillableImport : IAsyncDisposable
{
    /// <summary>When validation ended and the write (or the request) began, from the start.</summary>
    Task<TimeSpan> Validated { get; }

    /// <summary>Waits for the import's end: the time from the start, or an exception when it failed.</summary>
    Task<TimeSpan> WaitAsync(TimeSpan timeout);

    /// <summary>SIGKILLs the process that writes the store; true when it was still running.</summary>
    bool Kill();
}
