using System.CommandLine;
using Her2Graph.Cli.Progress;
using Her2Graph.Cli.Push;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Files;
using Her2Graph.Seeding.Import;
using Her2Graph.Seeding.Validation;
using Her2Graph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Cli.Seed;

/// <summary><c>her2graph seed [FOLDER] [--db PATH | --to URL [--key KEY]] [--dry-run]</c>: validates a seed folder and imports it into the SQLite store or a running API.</summary>
internal static class SeedCommand
{
    public static Command Create(CommandConsole console)
    {
        var line = new SeedCommandLine();
        var command = line.Command(console);
        command.SetAction((parseResult, cancellationToken) => RunAsync(line.Read(parseResult), parseResult, console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(SeedArguments arguments, ParseResult parseResult, CommandConsole console, CancellationToken cancellationToken)
    {
        var folder = arguments.Folder is null
            ? SeedFolder.Find(console.CurrentDirectory)
            : Path.GetFullPath(arguments.Folder, console.CurrentDirectory);
        if (folder is null) return await CommandUsage.FailAsync(parseResult, console, $"no {SeedFolder.DefaultName} folder at or above {console.CurrentDirectory}: name the FOLDER");

        SeedReport report;
        try
        {
            if (arguments.To is not null)
            {
                var key = arguments.Key ?? console.GetEnvironmentVariable(SeedArguments.KeyVariable);
                if (string.IsNullOrEmpty(key)) return await CommandUsage.FailAsync(parseResult, console, $"--to needs a curator key: --key KEY or {SeedArguments.KeyVariable}");
                using var api = ApiClient(arguments.To, console);
                report = await CommandProgress.RunAsync(console, progress => SeedPush.RunAsync(folder, api, key, arguments.DryRun, progress, cancellationToken));
            }
            else
            {
                var database = Path.GetFullPath(arguments.Database ?? SeedArguments.DefaultDatabase, console.CurrentDirectory);
                report = await CommandProgress.RunAsync(console, progress => ImportAsync(folder, database, arguments.DryRun, progress, cancellationToken));
            }
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException or GraphModelMismatchException)
        {
            // The --db file is corrupt, read-only, another application's database or a graph of another data model:
            // one line, nothing written.
            await console.Error.WriteLineAsync($"her2graph seed: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.InvalidInput;
        }
        catch (GraphWriteException e)
        {
            foreach (var problem in e.Problems) await console.Error.WriteLineAsync(problem);
            await console.Error.WriteLineAsync("the store refused the import; nothing was written");
            return ExitCodes.InvalidInput;
        }

        foreach (var validationError in report.Errors) await console.Error.WriteLineAsync(validationError.ToString());
        if (report.IsValid) return ExitCodes.Ok;
        await console.Error.WriteLineAsync($"{report.Errors.Count} error{(report.Errors.Count == 1 ? string.Empty : "s")}");
        return ExitCodes.InvalidInput;
    }

    private static async Task<SeedReport> ImportAsync(string folder, string database, bool dryRun, CommandProgress progress, CancellationToken cancellationToken)
    {
        var steps = progress.For<ImportProgress>(p => (p.Stage, p.Done, p.Total));

        // A dry run must not create a database; with none there is nothing outside the folder to refer to.
        if (dryRun && !File.Exists(database))
        {
            var report = await SeedImporter.CheckAsync(folder, ExistingNodes.None, progress.Log, steps, cancellationToken);
            if (report.IsValid) await progress.Log.WriteLineAsync("dry run: nothing written");
            return report;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        using var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions(database), cancellationToken);
        var importer = new SeedImporter(store, TimeProvider.System);
        return await importer.ImportAsync(folder, new SeedOptions(dryRun, Progress: steps), progress.Log, cancellationToken);
    }

    private static HttpClient ApiClient(string url, CommandConsole console)
    {
        var baseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
        return console.HttpHandler is null
            ? new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) }
            : new HttpClient(console.HttpHandler, disposeHandler: false) { BaseAddress = baseAddress };
    }
}
