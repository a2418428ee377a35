using Her2Graph.Cli.Seed;

namespace Her2Graph.Cli;

/// <summary>The <c>her2graph</c> command line: picks the command named by the first argument.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: her2graph <command> [options]

        Commands:
          seed    validate a graph-seed folder and import it into the SQLite store or a running API

        Run 'her2graph seed --help' for a command's options.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        switch (args.Count > 0 ? args[0] : null)
        {
            case "seed":
                return await SeedCommand.RunAsync(args.Skip(1).ToList(), console, cancellationToken);
            case "-h" or "--help" or "help":
                await console.Out.WriteLineAsync(Usage);
                return ExitCodes.Ok;
            case null:
                await console.Error.WriteLineAsync(Usage);
                return ExitCodes.Usage;
            default:
                await console.Error.WriteLineAsync($"her2graph: unknown command '{args[0]}'");
                await console.Error.WriteLineAsync(Usage);
                return ExitCodes.Usage;
        }
    }
}
