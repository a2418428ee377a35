using System.CommandLine;
using Her2Graph.Cli.Progress;
using Her2Graph.Cli.Stores;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Cli.Copy;

/// <summary>
/// <c>her2graph copy --from STORE --to STORE</c>: copies a whole graph between stores (SQLite ↔ Neo4j) in batches through
/// <see cref="GraphCopier"/>. Resumable: after a failure, the same command continues where it stopped.
/// </summary>
internal static class CopyCommand
{
    public static Command Create(CommandConsole console)
    {
        var from = StoreOption.Create("--from", "The store to copy", console);
        from.Required = true;
        var to = StoreOption.Create("--to", "The store to copy into: never written, or holding part of this same copy", console);
        to.Required = true;
        var command = new Command(
            "copy",
            $"Copy a whole graph from one store to another in batches of {GraphCopier.NodeBatchSize} nodes and {GraphCopier.RelationshipBatchSize} "
            + "relationships, each one transaction; the target gets its own graph id. Resumable: rerun the same copy after a failure")
        {
            from, to,
        };
        command.SetAction((parseResult, cancellationToken) => StoreCommandRun.RunAsync(
            parseResult,
            console,
            () => RunAsync(parseResult.GetValue(from)!, parseResult.GetValue(to)!, console, cancellationToken),
            cancellationToken,
            afterCancel: "the target keeps the batches sent; run the same copy again to finish it"));
        return command;
    }

    private static async Task<int> RunAsync(StoreLocator fromLocator, StoreLocator toLocator, CommandConsole console, CancellationToken cancellationToken)
    {
        if (fromLocator == toLocator) throw new StoreLocatorException("--from and --to name the same store");
        using var source = await StoreOpener.OpenAsync(fromLocator, mustExist: true, console, cancellationToken);
        using var target = await StoreOpener.OpenAsync(toLocator, mustExist: false, console, cancellationToken);
        return await CommandProgress.RunAsync(console, async progress =>
        {
            await progress.Log.WriteLineAsync($"copying {source.Description} to {target.Description}");
            var result = await GraphCopier.CopyAsync(
                source.Store, target.Store, progress.For<ExportProgress>(p => (p.Stage, p.Done, p.Total)), cancellationToken);
            await progress.Log.WriteLineAsync(
                $"copied: {result.Nodes} nodes, {result.Relationships} relationships in {result.Batches} batches"
                + (result.Resumed ? " (the target already held some of this copy: resumed)" : string.Empty));
            await progress.Log.WriteLineAsync($"source: graph {result.Source.GraphId} version {result.Source.Number}");
            await progress.Log.WriteLineAsync($"target: graph {result.Target.GraphId} version {result.Target.Number}");
            return ExitCodes.Ok;
        });
    }
}
