namespace Her2Graph.Bench.Http.Faults;

/// <summary><c>her2graph seed FOLDER --db FILE</c>: the bulk import, the CLI writing the file in one transaction; the CLI is what is killed.</summary>
internal sealed class CliImport(string cliDirectory, string folder, string database) : IKillableImport
{
    private readonly ImportProcess _import = new(cliDirectory, folder, "--db", database);

    public Task<TimeSpan> Validated => _import.Validated;

    public Task<TimeSpan> WaitAsync(TimeSpan timeout) => _import.WaitAsync(timeout);

    public bool Kill() => _import.Kill();

    public ValueTask DisposeAsync()
    {
        _import.Dispose();
        return ValueTask.CompletedTask;
    }
}
