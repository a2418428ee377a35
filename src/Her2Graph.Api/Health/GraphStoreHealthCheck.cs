using Her2Graph.Domain.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Her2Graph.Api.Health;

/// <summary>Ready when the graph store answers a cheap read (its statistics).</summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken);
            return HealthCheckResult.Healthy(
                "The graph store answers.",
                new Dictionary<string, object> { ["graphVersion"] = statistics.Version });
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception is logged by the health check service; the response names the failure only.
            return HealthCheckResult.Unhealthy("The graph store does not answer.", exception);
        }
    }
}
