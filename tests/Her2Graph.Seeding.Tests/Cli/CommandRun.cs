using Her2Graph.Cli;

namespace Her2Graph.Seeding.Tests.Cli;

/// <summary>One in-process run of the her2graph command line, with what it printed; it sees no environment variables (no Neo4j credentials, no key).</summary>
internal sealed record CommandRun(int ExitCode, string Out, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    public static async Task<CommandRun> RunAsync(string currentDirectory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, new CommandConsole(stdout, stderr, currentDirectory) { GetEnvironmentVariable = _ => null }, CancellationToken.None);
        return new CommandRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
