namespace Her2Graph.Cli;

/// <summary>
/// The entry point. An explicit class rather than top-level statements, whose generated <c>Program</c> would clash with
/// the API's in test projects that see both.
/// </summary>
internal static class CliProgram
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C cancels the running command instead of killing the process mid-write.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await CommandLine.RunAsync(args, new CommandConsole(Console.Out, Console.Error, Environment.CurrentDirectory), cancellation.Token);
    }
}
