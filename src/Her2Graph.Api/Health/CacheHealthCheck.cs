using Her2Graph.Api.Caching;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Her2Graph.Api.Health;

/// <summary>
/// Reports the read cache's state as data: <c>"cache": "in-memory"</c>, or <c>"cache": "redis"</c> with <c>"redis"</c>
/// (up or down) and <c>"circuit"</c> (closed, open, half-open). Redis down is Degraded, not Unhealthy: the API keeps
/// answering from the store, so the replica stays ready (200).
/// </summary>
internal sealed class CacheHealthCheck(IReadCache cache) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = await cache.ProbeAsync(cancellationToken);
        return status.Serving
            ? HealthCheckResult.Healthy(status.Description, status.Data)
            : HealthCheckResult.Degraded(status.Description, data: status.Data);
    }
}
