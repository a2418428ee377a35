using GraphQL;
using GraphQL.Execution;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Endpoint;

/// <summary>The HTTP status of an executed (or refused) GraphQL request, per the GraphQL-over-HTTP spec.</summary>
internal static class GraphQLStatusCodes
{
    public static int For(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(error => error is GetMutationError) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        // Nothing could be read: say so at the HTTP level with the new media type, so that a gateway retries elsewhere.
        if (mediaType == GraphQLMediaTypes.GraphQLResponseJson && result.Errors is { Count: > 0 } unavailable
            && unavailable.All(error => error.Code == ErrorCodes.StoreUnavailable.Code))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Executed)
        {
            // Execution started: field errors travel in the body.
            return StatusCodes.Status200OK;
        }

        if (mediaType == GraphQLMediaTypes.GraphQLResponseJson && result.Errors is { Count: > 0 } refusals)
        {
            // A mutation refused for want of a (curator) key: say so at the HTTP level too, as an API gateway would.
            if (refusals.All(error => error.Code == ErrorCodes.Unauthenticated.Code)) return StatusCodes.Status401Unauthorized;
            if (refusals.All(error => error.Code == ErrorCodes.Forbidden.Code || error.Code == ErrorCodes.Unauthenticated.Code)) return StatusCodes.Status403Forbidden;
        }

        if (result.Errors?.All(error => error is DocumentError) != false)
        {
            // Syntax, validation and variable errors: only the new media type signals them with a status.
            return mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        }

        return StatusCodes.Status500InternalServerError;
    }
}
