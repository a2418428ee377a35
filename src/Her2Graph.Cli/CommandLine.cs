using System.CommandLine;
using System.CommandLine.Help;
using Her2Graph.Cli.Copy;
using Her2Graph.Cli.Export;
using Her2Graph.Cli.Health;
using Her2Graph.Cli.Release;
using Her2Graph.Cli.Seed;

namespace Her2Graph.Cli;

/// <summary>
/// The <c>her2graph</c> command line, parsed by System.CommandLine (help, errors and suggestions are the library's).
/// The tree is built per run because validators resolve relative paths against the run's console.
/// </summary>
internal static class CommandLine
{
    public const string Name = "her2graph";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, CancellationToken cancellationToken)
    {
        var parseResult = Build(console).Parse(args);
        var configuration = new InvocationConfiguration
        {
            // On a wrong command line the help goes with the errors to stderr, so that stdout stays the commands' output.
            Output = parseResult.Errors.Count > 0 ? console.Error : console.Out,
            Error = console.Error,
            // A bug should surface as one (with its stack), not as exit code 1, which means "the input was refused".
            EnableDefaultExceptionHandler = false,
            // Program cancels the token on Ctrl+C itself, so a test's token and a user's Ctrl+C take one path.
            ProcessTerminationTimeout = null,
        };
        var exitCode = await parseResult.InvokeAsync(configuration, cancellationToken);

        // The library prints the errors and the help and returns 1; 2 has always meant "wrong command line" here.
        return parseResult.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
    }

    private static RootCommand Build(CommandConsole console)
    {
        var root = new RootCommand("""
            Her2Graph: a knowledge graph of HER2-mutant lung cancer. Seed, move and export the graph; probe a running API.
            Exit codes: 0 done, 1 the input or the store refused (nothing written), 2 wrong command line.
            """)
        {
            HelpName = Name,
            Subcommands =
            {
                SeedCommand.Create(console), CopyCommand.Create(console), ExportCommand.Create(console), ReleaseCommand.Create(console),
                HealthCommand.Create(console),
            },
        };

        // Redirected output has no width, and the library would then never wrap.
        foreach (var help in root.Options.OfType<HelpOption>()) ((HelpAction)help.Action!).MaxWidth = HelpWidth;
        return root;
    }

    private const int HelpWidth = 120;
}
