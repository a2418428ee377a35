using GraphQL.Execution;
using GraphQL;
using Her2Graph.Api.Storage;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Limits;

/// <summary>
/// A resolver's unexpected exception becomes an error with a code and no internals (<c>STORE_ERROR</c> when the store
/// failed: a SQLite limit, Neo4j refusing a statement, the database unreachable; <c>INTERNAL_ERROR</c> otherwise),
/// and is logged once at Error with its details for the operator. The engine would otherwise derive the code from the
/// exception's type name (<c>SQLITE</c>), which tells a client what runs inside. A store that does not answer for now
/// (refused, timed out, 5xx) is <c>STORE_UNAVAILABLE</c> instead: retrying later can succeed.
/// </summary>
internal static partial class UnhandledErrors
{
    public const string StoreUnavailableMessage = "The graph store is unavailable; try again shortly.";

    public static void Handle(UnhandledExceptionContext context)
    {
        var exception = context.OriginalException;
        if (GraphStoreFaults.IsTransient(exception))
        {
            // Not a fault to log at Error: the store is down for now, /health/ready says so and start-up retries it.
            context.Exception = new ExecutionError(StoreUnavailableMessage) { Code = ErrorCodes.StoreUnavailable.Code };
            return;
        }

        var isStore = IsStoreFailure(exception);
        var logger = (context.FieldContext?.RequestServices ?? context.ExecutionOptions.RequestServices)?
            .GetService<ILoggerFactory>()?.CreateLogger(typeof(UnhandledErrors).FullName!);
        if (logger is not null) LogFailure(logger, isStore ? "store" : "resolver", context.FieldContext?.FieldDefinition.Name ?? "?", exception);

        context.Exception = isStore
            ? new ExecutionError("The graph store could not answer this request; it was logged. Try again, or ask for less.") { Code = ErrorCodes.StoreError.Code }
            : new ExecutionError("An internal error stopped this field; it was logged.") { Code = ErrorCodes.InternalError.Code };
    }

    private static bool IsStoreFailure(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var space = current.GetType().Namespace ?? "";
            if (space.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal)
                || space.StartsWith("Her2Graph.Storage", StringComparison.Ordinal)
                || current is HttpRequestException or IOException or System.Data.Common.DbException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Kind} failure stopped field {Field}")]
    private static partial void LogFailure(ILogger logger, string kind, string field, Exception exception);
}
