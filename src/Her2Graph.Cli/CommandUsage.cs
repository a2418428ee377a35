using System.CommandLine;

namespace Her2Graph.Cli;

/// <summary>A usage error found while running (no folder found, a missing key), after the library's parsing passed.</summary>
internal static class CommandUsage
{
    public static async Task<int> FailAsync(ParseResult parseResult, CommandConsole console, string error)
    {
        var command = parseResult.CommandResult.Command.Name;
        await console.Error.WriteLineAsync($"{CommandLine.Name} {command}: {error}");
        await console.Error.WriteLineAsync($"Run '{CommandLine.Name} {command} --help' for usage.");
        return ExitCodes.Usage;
    }
}
