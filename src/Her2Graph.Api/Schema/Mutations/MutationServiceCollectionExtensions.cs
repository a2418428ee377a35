using Her2Graph.Api.Schema.Mutations.Writing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Her2Graph.Api.Schema.Mutations;

internal static class MutationServiceCollectionExtensions
{
    /// <summary>The validated writer behind the mutations and the clock of audit stamps (replaceable by tests).</summary>
    public static IServiceCollection AddCuratorWrites(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<GraphInputWriter>();
        return services;
    }
}
