using GraphQL;
using Her2Graph.Api.Telemetry;

namespace Her2Graph.Api.Endpoint;

/// <summary>Writes GraphQL results and HTTP-level errors in one shape: <c>{"data": …, "errors": [{"message", "extensions": {"code"}}]}</c>.</summary>
internal static class GraphQLResponseWriter
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.RequestServices.GetRequiredService<Her2GraphMetrics>().Errors(result);
        await serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, string mediaType, GraphQLRequestError error)
    {
        if (error.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = "GET, POST";
        }

        var result = new ExecutionResult { Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        return WriteAsync(context, error.StatusCode, mediaType, result);
    }
}
