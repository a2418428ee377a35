using GraphQL;
using Her2Graph.Api.Cost;
using Her2Graph.Api.RateLimiting;

namespace Her2Graph.Api.Bounds;

/// <summary>What the bounds add to an executed-path result: its cost, the validate-only outcome, and the 429 of a refused charge.</summary>
internal static class ResponseBounds
{
    public static int Apply(HttpContext context, IReadOnlyDictionary<string, object?>? extensions, ExecutionResult result, int statusCode)
    {
        var validateOnly = ValidateOnly.IsRequested(extensions);
        CostExtension.Add(result, context.RequestServices.GetRequiredService<QueryCost>(), executed: result.Executed && !validateOnly);
        if (validateOnly && result.Executed)
        {
            // Valid, costed, and not run: no data entry, and a success status.
            result.Executed = false;
            statusCode = StatusCodes.Status200OK;
        }

        return RateLimitRejection.StatusFor(context.Response, result, statusCode);
    }
}
