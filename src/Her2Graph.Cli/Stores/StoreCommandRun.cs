using System.CommandLine;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;
using Her2Graph.Storage.Neo4j.Http;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Cli.Stores;

/// <summary>
/// Runs a command that opens stores (copy, export, release) and turns what a store or the export library refuses into
/// the exit codes: a locator that cannot be opened as asked is a usage error (2); a refusal, a fault or a file that
/// cannot be written is one line on stderr and 1.
/// </summary>
internal static class StoreCommandRun
{
    /// <param name="afterCancel">What a cancelled run left and how to go on, when there is something to say.</param>
    public static async Task<int> RunAsync(
        ParseResult parseResult, CommandConsole console, Func<Task<int>> work, CancellationToken cancellationToken, string? afterCancel = null)
    {
        var command = $"{CommandLine.Name} {parseResult.CommandResult.Command.Name}";
        try
        {
            return await work();
        }
        catch (StoreLocatorException e)
        {
            return await CommandUsage.FailAsync(parseResult, console, e.Message);
        }
        catch (GraphWriteException e)
        {
            foreach (var problem in e.Problems) await console.Error.WriteLineAsync(problem);
            await console.Error.WriteLineAsync($"{command}: the target store refused the write");
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"{command}: cancelled{(afterCancel is null ? string.Empty : "; " + afterCancel)}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is CopyRefusedException or GraphChangedDuringReadException or GraphModelMismatchException
            or GraphStoreUnavailableException or Neo4jQueryException or SqliteException or InvalidDataException
            or IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"{command}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InvalidInput;
        }
    }
}
