namespace Her2Graph.Cli.Seed;

/// <summary>The parsed arguments of <c>her2graph seed</c>.</summary>
/// <param name="Folder">The seed folder; null for the nearest graph-seed folder.</param>
/// <param name="Database">The SQLite file; null for <see cref="DefaultDatabase"/>.</param>
internal sealed record SeedArguments(string? Folder, string? Database, bool DryRun, bool Help)
{
    /// <summary>The database the API uses too, relative to the current directory.</summary>
    public const string DefaultDatabase = "data/her2graph.db";

    public const string Usage = """
        Usage: her2graph seed [FOLDER] [--db PATH] [--dry-run]

        Validates every *.yaml file of a graph-seed folder (every error is reported as file:line: CODE message)
        and, when there is none, imports the folder into the SQLite store in one transaction.

          FOLDER      the seed folder (default: the nearest graph-seed folder at or above the current directory)
          --db PATH   the SQLite database file, created when missing (default: data/her2graph.db)
          --dry-run   validate and report; write nothing
          -h, --help  show this help

        Exit codes: 0 done, 1 validation errors (nothing written), 2 wrong command line.
        """;

    /// <summary>The arguments, or null with the reason in <paramref name="error"/>.</summary>
    public static SeedArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = string.Empty;
        var parsed = new SeedArguments(null, null, false, false);
        for (var i = 0; i < args.Count; i++)
        {
            // The next issue adds --to URL --key KEY here: push the folder to a running API instead of a file.
            switch (args[i])
            {
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

        return parsed;
    }
}
