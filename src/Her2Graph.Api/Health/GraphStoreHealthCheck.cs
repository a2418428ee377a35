using Her2Graph.Api.Storage;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Her2Graph.Api.Health;

/// <summary>
/// Ready when the store has started and answers a cheap read (its statistics). While start-up is being retried it is
/// Unhealthy with the reason (which names the store and the fault, never a password) and the failed attempts.
/// </summary>
internal sealed class GraphStoreHealthCheck(IGraphStore store, GraphStoreStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!status.IsServing)
        {
            return HealthCheckResult.Unhealthy(
                status.Reason, data: new Dictionary<string, object> { ["started"] = false, ["failedAttempts"] = status.FailedAttempts });
        }

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
