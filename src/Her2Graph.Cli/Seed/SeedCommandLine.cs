using System.CommandLine;

namespace Her2Graph.Cli.Seed;

/// <summary>The options of <c>her2graph seed</c> and the rules between them; <see cref="SeedCommand"/> runs it.</summary>
internal sealed class SeedCommandLine
{
    public Argument<string?> Folder { get; } = new("FOLDER")
    {
        Description = "The seed folder (default: the nearest graph-seed folder at or above the current directory)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"The SQLite database file, created when missing (default: {SeedArguments.DefaultDatabase})",
        HelpName = "PATH",
    };

    public Option<string?> To { get; } = new("--to")
    {
        Description = "Push to the API at URL (e.g. http://localhost:5000) instead of a file",
        HelpName = "URL",
    };

    public Option<string?> Key { get; } = new("--key")
    {
        Description = $"A curator API key for --to (default: the {SeedArguments.KeyVariable} environment variable)",
        HelpName = "KEY",
    };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Validate and report; write nothing" };

    public Command Command(CommandConsole console)
    {
        var command = new Command(
            "seed",
            "Validate a graph-seed folder (every error as file:line: CODE message) and import it in one transaction into "
            + "the SQLite store, or with --to into a running API")
        {
            Folder, Database, To, Key, DryRun,
        };

        Folder.Validators.Add(result =>
        {
            var folder = result.GetValueOrDefault<string?>();
            // The library hands an unknown option to the argument that has room for it.
            if (folder is not null && folder.StartsWith('-')) result.AddError($"Unrecognized option '{folder}'.");
            else if (folder is not null && !Directory.Exists(Path.GetFullPath(folder, console.CurrentDirectory)))
            {
                result.AddError($"no folder at {Path.GetFullPath(folder, console.CurrentDirectory)}");
            }
        });
        To.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string?>(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                result.AddError("--to needs the API's http(s) URL, e.g. http://localhost:5000");
            }
        });
        command.Validators.Add(result =>
        {
            if (result.GetResult(To) is not null && result.GetResult(Database) is not null) result.AddError("give either --db or --to, not both");
            if (result.GetResult(Key) is not null && result.GetResult(To) is null) result.AddError("--key goes with --to");
        });
        return command;
    }

    public SeedArguments Read(ParseResult parseResult) => new(
        parseResult.GetValue(Folder), parseResult.GetValue(Database), parseResult.GetValue(DryRun), parseResult.GetValue(To), parseResult.GetValue(Key));
}
