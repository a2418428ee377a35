using GraphQL;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Schema;

/// <summary>The GraphQL errors resolvers raise; each has a stable code (<see cref="ErrorCodes"/>) in extensions.code.</summary>
internal static class Errors
{
    public static ExecutionError BadArgument(string message) => new(message) { Code = ErrorCodes.BadArgument.Code };

    public static ExecutionError BadCursor(string cursor) =>
        new($"'{cursor}' is not a cursor of this connection: pass a cursor from a page of the same field and order") { Code = ErrorCodes.BadCursor.Code };
}
