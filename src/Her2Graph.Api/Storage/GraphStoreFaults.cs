using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Api.Storage;

/// <summary>
/// Sorts what went wrong at start into transient (retry with backoff, API up but not ready) and permanent (one line,
/// exit 1), and words the permanent ones so they name the file or setting to fix.
/// </summary>
internal static class GraphStoreFaults
{
    // SQLite result codes (https://sqlite.org/rescode.html), primary code in the low byte.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>
    /// Whether waiting may fix it: a server that does not answer (refused, timed out, 5xx) or a SQLite file another
    /// process keeps locked. Looks through wrapping exceptions.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case GraphStoreUnavailableException or HttpRequestException or TimeoutException:
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The one line for a permanent fault of the store at start.</summary>
    public static string Describe(Exception exception, GraphStoreOptions options)
    {
        var section = GraphStoreOptions.Section;
        var path = options.Provider == GraphStoreProvider.Sqlite ? GraphStoreServiceCollectionExtensions.SqlitePath(options) : null;
        var line = exception switch
        {
            StartupFaultException fault => fault.Message,

            // Complete already: where the store is, its model and this build's, and how to re-seed it.
            GraphModelMismatchException => exception.Message,
            SqliteException e when (e.SqliteErrorCode & 0xFF) is SqliteNotADatabase or SqliteCorrupt =>
                $"{path} is corrupt or not a database (SQLite: {e.Message}): restore it, or point {section}:SqlitePath at another file",
            SqliteException e when (e.SqliteErrorCode & 0xFF) is SqliteReadOnly or SqliteCantOpen =>
                $"{path} cannot be written (SQLite: {e.Message}): give the API write access to it and its folder, or change {section}:SqlitePath",
            UnauthorizedAccessException or IOException when path is not null =>
                $"{path} cannot be created ({exception.Message}): give the API write access to its folder, or change {section}:SqlitePath",
            InvalidDataException when path is not null =>
                $"{exception.Message}: point {section}:SqlitePath at a Her2Graph file or a new one",
            Neo4jQueryException e when e.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) =>
                $"Neo4j at {options.Neo4j.Uri} refused user '{options.Neo4j.User}' ({e.Code}): check {section}:Neo4j:User and {section}:Neo4j:Password",
            Neo4jQueryException e =>
                $"Neo4j at {options.Neo4j.Uri} refused the schema statements ({e.Message}): check {section}:Neo4j:Uri and {section}:Neo4j:Database",
            InvalidOperationException when path is not null => $"{path}: {exception.Message}",
            _ => $"the graph store could not start ({exception.GetType().Name}: {exception.Message})",
        };
        return OneLine(line);
    }

    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
