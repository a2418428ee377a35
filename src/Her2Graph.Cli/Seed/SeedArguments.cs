namespace Her2Graph.Cli.Seed;

/// <summary>The parsed arguments of <c>her2graph seed</c>.</summary>
/// <param name="Folder">The seed folder; null for the nearest graph-seed folder.</param>
/// <param name="Database">The SQLite file; null for <see cref="DefaultDatabase"/>.</param>
/// <param name="To">A running API to push to instead of a file; null for a local import.</param>
/// <param name="Key">The curator API key for <paramref name="To"/>; null to read <see cref="KeyVariable"/>.</param>
internal sealed record SeedArguments(string? Folder, string? Database, bool DryRun, bool Help, string? To = null, string? Key = null)
{
    /// <summary>Where the key is read from when --key is not given, so that it stays out of shell history.</summary>
    public const string KeyVariable = "HER2GRAPH_API_KEY";

    /// <summary>The database the API uses too, relative to the current directory.</summary>
    public const string DefaultDatabase = "data/her2graph.db";

    public const string Usage = """
        Usage: her2graph seed [FOLDER] [--db PATH] [--dry-run]
               her2graph seed [FOLDER] --to URL [--key KEY] [--dry-run]

        Validates every *.yaml file of a graph-seed folder (every error is reported as file:line: CODE message)
        and, when there is none, imports the folder in one transaction: into the SQLite store, or with --to into a
        running Her2Graph API through its importGraph mutation.

          FOLDER      the seed folder (default: the nearest graph-seed folder at or above the current directory)
          --db PATH   the SQLite database file, created when missing (default: data/her2graph.db)
          --to URL    push to the API at URL (e.g. http://localhost:5000) instead of a file
          --key KEY   a curator API key for --to (default: the HER2GRAPH_API_KEY environment variable)
          --dry-run   validate and report; write nothing
          -h, --help  show this help

        Exit codes: 0 done, 1 validation errors or refused by the API (nothing written), 2 wrong command line.
        """;

    /// <summary>The arguments, or null with the reason in <paramref name="error"/>.</summary>
    public static SeedArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = string.Empty;
        var parsed = new SeedArguments(null, null, false, false);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--to" when i + 1 < args.Count && Uri.TryCreate(args[i + 1], UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                    parsed = parsed with { To = args[++i] };
                    break;
                case "--to":
                    error = "--to needs the API's http(s) URL, e.g. http://localhost:5000";
                    return null;
                case "--key" when i + 1 < args.Count && !args[i + 1].StartsWith('-'):
                    parsed = parsed with { Key = args[++i] };
                    break;
                case "--key":
                    error = "--key needs a key";
                    return null;
                case "--db" when i + 1 < args.Count && !args[i + 1].StartsWith('-'):
                    parsed = parsed with { Database = args[++i] };
                    break;
                case "--db":
                    error = "--db needs a path";
                    return null;
                case "--dry-run":
                    parsed = parsed with { DryRun = true };
                    break;
                case "-h" or "--help":
                    parsed = parsed with { Help = true };
                    break;
                case var option when option.StartsWith('-'):
                    error = $"unknown option '{option}'";
                    return null;
                case var folder when parsed.Folder is null:
                    parsed = parsed with { Folder = folder };
                    break;
                default:
                    error = $"unexpected argument '{args[i]}': give one FOLDER";
                    return null;
            }
        }

        if (parsed.To is not null && parsed.Database is not null)
        {
            error = "give either --db or --to, not both";
            return null;
        }

        if (parsed.Key is not null && parsed.To is null)
        {
            error = "--key goes with --to";
            return null;
        }

        return parsed;
    }
}
