using GraphQL;
using GraphQL.Execution;
using Her2Graph.Api.Endpoint;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Storage;

/// <summary>
/// A read or write the store could not answer for now (not started yet, server refused or timed out, 5xx) becomes a
/// <c>STORE_UNAVAILABLE</c> error with a message a client can act on, never the store's own message.
/// </summary>
internal static class StoreUnavailableError
{
    public const string Message = "The graph store is unavailable; try again shortly.";

    /// <summary>Adds the mapping to the execution options, after any unhandled-exception handler already set.</summary>
    public static void Register(ExecutionOptions options)
    {
        var previous = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = async context =>
        {
            if (previous is not null) await previous(context);
            if (GraphStoreFaults.IsTransient(context.OriginalException))
                context.Exception = new ExecutionError(Message) { Code = ErrorCodes.StoreUnavailable.Code };
        };
    }
}
