using GraphQL;
using Her2Graph.Api.Endpoint;
using Her2Graph.Api.Telemetry;

namespace Her2Graph.Api.Bounds;

/// <summary>
/// Writes an executed result only when its JSON fits <see cref="GraphQLBoundsOptions.MaxResponseBytes"/>: the bytes are
/// counted as the serialiser writes them, into a buffer that never grows past the limit, and an answer that would
/// pass it is replaced by a <c>RESPONSE_TOO_LARGE</c> error before anything is sent.
/// </summary>
internal static class BoundedResponseWriter
{
    /// <param name="written">Given the answer's bytes once they are known to fit (the response cache keeps them).</param>
    public static async Task WriteAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result, WrittenAnswer? written = null)
    {
        var limit = context.RequestServices.GetRequiredService<GraphQLBoundsOptions>().MaxResponseBytes;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await using var buffer = new BoundedBufferStream(limit);
        try
        {
            await serializer.WriteAsync(buffer, result, context.RequestAborted);
        }
        catch (ResponseTooLargeException)
        {
            await GraphQLResponseWriter.WriteErrorAsync(context, mediaType, BoundsErrors.TooLarge(limit));
            return;
        }

        written?.Invoke(buffer.Written);
        context.RequestServices.GetRequiredService<Her2GraphMetrics>().Errors(result);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = $"{mediaType}; charset=utf-8";
        response.ContentLength = buffer.Length;
        await buffer.CopyBufferToAsync(response.Body, context.RequestAborted);
    }

    /// <summary>Receives a serialised answer.</summary>
    public delegate void WrittenAnswer(ReadOnlySpan<byte> bytes);

    /// <summary>A request stopped by its deadline: 503 with <c>Retry-After</c> and a <c>TIMEOUT</c> error; nothing when the client left.</summary>
    public static Task WriteTimedOutAsync(HttpContext context, string mediaType, RequestDeadline deadline)
    {
        if (!deadline.TimedOut) return Task.CompletedTask;
        var options = context.RequestServices.GetRequiredService<GraphQLBoundsOptions>();
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(options.TimeoutRetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return GraphQLResponseWriter.WriteErrorAsync(context, mediaType, BoundsErrors.TimedOut(options.Timeout));
    }
}
