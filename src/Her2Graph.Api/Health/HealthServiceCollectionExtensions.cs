namespace Her2Graph.Api.Health;

/// <summary>Registers the readiness checks.</summary>
internal static class HealthServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHer2GraphHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<GraphStoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<CacheHealthCheck>("cache", tags: [ReadyTag]);
        return services;
    }
}
