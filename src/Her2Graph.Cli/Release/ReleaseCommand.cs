using System.CommandLine;
using Her2Graph.Cli.Progress;
using Her2Graph.Cli.Stores;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Cli.Release;

/// <summary>
/// <c>her2graph release NAME [--from STORE] [--out DIR]</c>: a release bundle DIR/NAME (every export format, changelog,
/// manifest with counts and checksums) through <see cref="ReleaseWriter"/>; the previous release is found beside it in DIR.
/// </summary>
internal static class ReleaseCommand
{
    public const string DefaultFolder = "releases";

    public static Command Create(CommandConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "The release name, e.g. 2026.12: the bundle's folder name" };
        name.AcceptLegalFileNamesOnly();
        var output = new Option<string>("--out")
        {
            Description = "The releases folder; the bundle is written to DIR/NAME, which must not exist or be empty",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultFolder,
        };
        var from = FromOption.Create(console);
        var command = new Command("release", "Write a release bundle: every export format, CHANGELOG.md since the previous release, manifest.json")
        {
            name, from, output,
        };
        command.SetAction((parseResult, cancellationToken) => StoreCommandRun.RunAsync(
            parseResult,
            console,
            () => RunAsync(parseResult.GetValue(name)!, parseResult.GetValue(from)!, Path.GetFullPath(parseResult.GetValue(output)!, console.CurrentDirectory), console, cancellationToken),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string name, StoreLocator from, string releases, CommandConsole console, CancellationToken cancellationToken)
    {
        using var source = await StoreOpener.OpenAsync(from, mustExist: true, console, cancellationToken);
        var bundle = Path.Combine(releases, name);
        return await CommandProgress.RunAsync(console, async progress =>
        {
            await progress.Log.WriteLineAsync($"releasing {source.Description} as {name}");
            var manifest = await ReleaseWriter.WriteAsync(
                source.Store, name, bundle, progress.For<ExportProgress>(p => (p.Stage, p.Done, p.Total)), cancellationToken);
            await progress.Log.WriteLineAsync(
                $"release {manifest.Name}: graph {manifest.GraphId} version {manifest.GraphVersion}, "
                + $"{manifest.NodeCounts.GetValueOrDefault("total")} nodes, {manifest.RelationshipCounts.GetValueOrDefault("total")} relationships");
            await progress.Log.WriteLineAsync($"previous release: {(manifest.Previous is { } previous ? $"{previous.Name} (version {previous.GraphVersion})" : "none")}");
            await progress.Log.WriteLineAsync($"written: {bundle} ({manifest.Files.Count} files checksummed in {ReleaseManifest.FileName})");
            return ExitCodes.Ok;
        });
    }
}
