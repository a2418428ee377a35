using System.CommandLine;
using Her2Graph.Cli.Progress;
using Her2Graph.Cli.Stores;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Cli.Export;

/// <summary><c>her2graph export --format FORMAT --out DIR [--from STORE]</c>: the whole graph in one format, through <see cref="GraphExporter"/>.</summary>
internal static class ExportCommand
{
    public static Command Create(CommandConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "seed (graph-seed files that re-import to the same graph), json, cytoscape (Cytoscape.js / desktop), "
                + "graphml (Gephi, yEd) or tsv (one file per relationship type)",
            HelpName = "FORMAT",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. GraphExporter.Formats]);
        var output = new Option<string>("--out")
        {
            Description = "The directory to write into (created when missing); files are named her2graph-v<version>…",
            HelpName = "DIR",
            Required = true,
        };
        var from = FromOption.Create(console);
        var command = new Command("export", "Export the whole graph, read at one version, in one format") { format, output, from };
        command.SetAction((parseResult, cancellationToken) => StoreCommandRun.RunAsync(
            parseResult,
            console,
            () => RunAsync(parseResult.GetValue(from)!, parseResult.GetValue(format)!, Path.GetFullPath(parseResult.GetValue(output)!, console.CurrentDirectory), console, cancellationToken),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(StoreLocator from, string format, string outDirectory, CommandConsole console, CancellationToken cancellationToken)
    {
        using var source = await StoreOpener.OpenAsync(from, mustExist: true, console, cancellationToken);
        return await CommandProgress.RunAsync(console, async progress =>
        {
            await progress.Log.WriteLineAsync($"exporting {source.Description} as {format}");
            Directory.CreateDirectory(outDirectory);
            var result = await GraphExporter.ExportAsync(
                source.Store, format, outDirectory, progress.For<ExportProgress>(p => (p.Stage, p.Done, p.Total)), cancellationToken);
            await progress.Log.WriteLineAsync(
                $"exported: {result.Nodes} nodes, {result.Relationships} relationships of graph {result.Version.GraphId} version {result.Version.Number}");
            await progress.Log.WriteLineAsync($"written: {result.Root} ({result.Files.Count} file{(result.Files.Count == 1 ? string.Empty : "s")})");
            return ExitCodes.Ok;
        });
    }
}
