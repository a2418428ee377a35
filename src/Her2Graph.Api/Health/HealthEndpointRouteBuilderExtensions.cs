using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Her2Graph.Api.Health;

/// <summary>Maps <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the store answers; 503 if not).</summary>
internal static class HealthEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthServiceCollectionExtensions.ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
