using System.Diagnostics.CodeAnalysis;

namespace Her2Graph.Cli.Stores;

/// <summary>
/// Where a graph store is, as given on the command line (<c>copy --from/--to</c>, <c>export/release --from</c>): a path
/// or <c>sqlite:PATH</c> is a SQLite file; <c>http(s)://…</c> or <c>neo4j+http(s)://…</c> is a Neo4j Query API base URL
/// with an optional <c>?database=NAME</c>, its credentials read from <see cref="UserVariable"/> and
/// <see cref="PasswordVariable"/> so that they stay out of shell history and process lists.
/// </summary>
internal abstract record StoreLocator
{
    public const string UserVariable = "HER2GRAPH_NEO4J_USER";

    public const string PasswordVariable = "HER2GRAPH_NEO4J_PASSWORD";

    public const string DefaultDatabase = "neo4j";

    /// <summary>The store a command reads when given none: the file <c>her2graph seed</c> writes and the API reads by default.</summary>
    public const string DefaultSqlitePath = Seed.SeedArguments.DefaultDatabase;

    public const string Syntax = "PATH, sqlite:PATH, or a Neo4j Query API URL http(s)://HOST:7474[?database=NAME]";

    private const string SqlitePrefix = "sqlite:";

    private StoreLocator()
    {
    }

    /// <summary>The store as the user would name it in a report; never a password.</summary>
    public abstract string Describe();

    /// <summary>What help shows as a default value.</summary>
    public sealed override string ToString() => Describe();

    /// <summary>The locator, or false with the reason in <paramref name="error"/>.</summary>
    /// <param name="currentDirectory">Where a relative SQLite path starts.</param>
    public static bool TryParse(string? text, string currentDirectory, [NotNullWhen(true)] out StoreLocator? locator, out string error)
    {
        locator = null;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"a store is needed: {Syntax}";
            return false;
        }

        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            var path = text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) ? text[SqlitePrefix.Length..] : text;
            if (path.Length == 0)
            {
                error = $"'{text}' names no file: {Syntax}";
                return false;
            }

            locator = new Sqlite(Path.GetFullPath(path, currentDirectory));
            return true;
        }

        return TryParseNeo4j(text, text[..schemeEnd].ToLowerInvariant(), out locator, out error);
    }

    private static bool TryParseNeo4j(string text, string scheme, [NotNullWhen(true)] out StoreLocator? locator, out string error)
    {
        locator = null;
        var transport = scheme switch
        {
            "http" or "neo4j+http" => "http",
            "https" or "neo4j+https" => "https",
            _ => null,
        };
        if (transport is null)
        {
            // bolt:// and neo4j:// are the drivers' addresses; this tool speaks the HTTP Query API only.
            error = $"'{scheme}://' is not a store this tool opens: Neo4j is reached over its HTTP Query API (http(s)://HOST:7474); "
                + $"a file is {SqlitePrefix}PATH or a path";
            return false;
        }

        if (!Uri.TryCreate(transport + text[scheme.Length..], UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            error = $"'{text}' is not a URL: {Syntax}";
            return false;
        }

        if (url.UserInfo.Length > 0)
        {
            error = $"put the Neo4j user and password in {UserVariable} and {PasswordVariable}, not in the URL";
            return false;
        }

        if (!TryReadDatabase(url.Query, out var database, out error)) return false;
        locator = new Neo4j(new UriBuilder(url) { Query = string.Empty, Fragment = string.Empty }.Uri, database);
        return true;
    }

    private static bool TryReadDatabase(string query, out string database, out string error)
    {
        database = DefaultDatabase;
        error = string.Empty;
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=') is var equals and >= 0 ? (pair[..equals], Uri.UnescapeDataString(pair[(equals + 1)..])) : (pair, string.Empty);
            if (name != "database")
            {
                error = $"unknown URL parameter '{name}': the only one is ?database=NAME";
                return false;
            }

            if (value.Length == 0)
            {
                error = "?database= needs a database name";
                return false;
            }

            database = value;
        }

        return true;
    }

    /// <summary>A SQLite file (absolute).</summary>
    public sealed record Sqlite(string Path) : StoreLocator
    {
        public override string Describe() => Path;
    }

    /// <summary>A Neo4j server's Query API base address and database.</summary>
    public sealed record Neo4j(Uri BaseUri, string Database) : StoreLocator
    {
        public override string Describe() => $"Neo4j at {BaseUri} (database {Database})";
    }
}
