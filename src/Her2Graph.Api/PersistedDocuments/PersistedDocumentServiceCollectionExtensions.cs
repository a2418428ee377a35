using Her2Graph.Api.Caching;
using StackExchange.Redis;

namespace Her2Graph.Api.PersistedDocuments;

internal static class PersistedDocumentServiceCollectionExtensions
{
    /// <summary>
    /// Documents by hash (<see cref="PersistedDocumentOptions"/>): registered in Redis when the read cache uses Redis
    /// (shared by the replicas), in this process's memory otherwise. Call after <c>AddReadCache</c>.
    /// </summary>
    public static IServiceCollection AddPersistedDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(PersistedDocumentOptions.Section).Get<PersistedDocumentOptions>() ?? new PersistedDocumentOptions());
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<PersistedQueries>();
        services.AddSingleton<IPersistedDocumentStore>(provider => provider.GetRequiredService<ReadCacheOptions>().UsesRedis
            ? ActivatorUtilities.CreateInstance<RedisPersistedDocumentStore>(provider, provider.GetRequiredService<IConnectionMultiplexer>())
            : ActivatorUtilities.CreateInstance<MemoryPersistedDocumentStore>(provider));
        return services;
    }
}
