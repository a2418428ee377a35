using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Support;

/// <summary>Wraps the store the API registered (instance or factory) in a test's decorator: recording, outage, refusal.</summary>
public static class GraphStoreDecoration
{
    public static void DecorateGraphStore(this IServiceCollection services, Func<IServiceProvider, IGraphStore, IGraphStore> decorate)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.AddSingleton(provider => decorate(provider, (IGraphStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!))));
    }
}
