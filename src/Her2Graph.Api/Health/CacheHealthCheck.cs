using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Her2Graph.Api.Health;

/// <summary>
/// Reports the read cache's state. There is no cache yet, which is healthy: reads go to the store. A Redis cache will
/// report <c>"cache": "redis"</c> with its connection state here, as Degraded rather than Unhealthy when Redis is down,
/// because the API keeps answering from the store.
/// </summary>
internal sealed class CacheHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(
            "No cache is configured: reads go to the graph store.",
            new Dictionary<string, object> { ["cache"] = "none" }));
}
