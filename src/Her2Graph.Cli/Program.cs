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

        var console = new CommandConsole(Console.Out, Console.Error, Environment.CurrentDirectory)
        {
            // TERM=dumb: a terminal that cannot move the cursor, so bars would print as a stream of redraws.
            IsTerminal = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb",
        };
        return await CommandLine.RunAsync(args, console, cancellation.Token);
    }
}
