using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using Her2Graph.Api.Endpoint;
using Her2Graph.Api.Telemetry;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.RateLimiting;

/// <summary>How a rate-limited request is answered: 429, <c>Retry-After</c> from the lease, and a GraphQL error body.</summary>
internal static class RateLimitRejection
{
    /// <summary>The middleware's <c>OnRejected</c>: the request's one permit was refused.</summary>
    public static Task WriteAsync(HttpContext context, RateLimitLease lease)
    {
        context.RequestServices.GetRequiredService<Her2GraphMetrics>().RateLimited(RateLimitBudgetKind.Requests);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
        SetRetryAfter(context.Response, retryAfter);
        var mediaType = ResponseMediaTypeNegotiator.Negotiate(context.Request, offerHtml: false) ?? GraphQLMediaTypes.GraphQLResponseJson;
        return GraphQLResponseWriter.WriteErrorAsync(
            context, mediaType, new GraphQLRequestError(ErrorCodes.RateLimited, Message(1, retryAfter)));
    }

    /// <summary>The status of an executed-path result: 429 (with <c>Retry-After</c>) when its cost could not be paid.</summary>
    public static int StatusFor(HttpResponse response, ExecutionResult result, int statusCode)
    {
        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is not { } limited) return statusCode;
        SetRetryAfter(response, limited.RetryAfter);
        return StatusCodes.Status429TooManyRequests;
    }

    public static string Message(int cost, TimeSpan? retryAfter) =>
        string.Create(CultureInfo.InvariantCulture, $"Rate limit: this client's budget cannot pay a cost of {cost} now")
        + (retryAfter is { } after ? string.Create(CultureInfo.InvariantCulture, $"; retry after {Seconds(after)} s.") : ".");

    private static void SetRetryAfter(HttpResponse response, TimeSpan? retryAfter)
    {
        if (retryAfter is { } after) response.Headers.RetryAfter = Seconds(after).ToString(CultureInfo.InvariantCulture);
    }

    private static int Seconds(TimeSpan after) => Math.Max(1, (int)Math.Ceiling(after.TotalSeconds));
}
