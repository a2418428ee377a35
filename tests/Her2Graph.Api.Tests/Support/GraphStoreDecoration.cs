using Her2Graph.Api.Caching;
using Her2Graph.Api.Storage;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Wraps the store the API registered in a test's decorator: recording, outage, refusal.</summary>
public static class GraphStoreDecoration
{
    private const string BelowCacheKey = "Her2Graph.Tests.BelowCache";

    /// <summary>
    /// Above the read cache: wraps the scoped IGraphStore (one cached store per DI scope), keeping its lifetime, so the
    /// decorator sees the calls the loaders make. A decorator that keeps state for the test shares it across scopes.
    /// </summary>
    public static void DecorateGraphStore(this IServiceCollection services, Func<IServiceProvider, IGraphStore, IGraphStore> decorate)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Add(new ServiceDescriptor(
            typeof(IGraphStore),
            provider => decorate(provider, (IGraphStore)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!))),
            registered.Lifetime));
    }

    /// <summary>
    /// Below the read cache: one decorator for the process around the (gated) adapter, which every scope's cached store
    /// reads through; <see cref="BelowCache"/> finds it.
    /// </summary>
    public static void DecorateStoreBelowCache(this IServiceCollection services, Func<IServiceProvider, IGraphStore, IGraphStore> decorate)
    {
        services.AddKeyedSingleton(BelowCacheKey, (provider, _) => decorate(provider, provider.GetRequiredService<GatedGraphStore>()));
        services.AddScoped<IGraphStore>(provider => provider.DecorateWithReadCache(BelowCache(provider)));
    }

    /// <summary>The decorator <see cref="DecorateStoreBelowCache"/> registered.</summary>
    public static IGraphStore BelowCache(IServiceProvider services) => services.GetRequiredKeyedService<IGraphStore>(BelowCacheKey);
}
