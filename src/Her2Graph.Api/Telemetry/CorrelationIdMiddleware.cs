using System.Diagnostics;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// First in the pipeline, so every answer (a 429 from the rate limiter included) carries the id in its header, every
/// log line of the request carries it in its scope, and every GraphQL error in <c>extensions.correlationId</c>.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.Of(context);
        context.Features.Set(id);
        context.Response.Headers[CorrelationId.Header] = id.Value;
        Activity.Current?.SetTag("her2graph.correlation_id", id.Value);
        using (logger.BeginScope(new CorrelationScope(id.Value)))
        {
            await next(context);
        }
    }
}
