using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Her2Graph.Api.Schema.Curation;

internal static class MutationServiceCollectionExtensions
{
    /// <summary>
    /// The validated writer behind the mutations (scoped, like the store it writes to) and the clock of audit stamps
    /// (replaceable by tests).
    /// </summary>
    public static IServiceCollection AddCuratorWrites(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<GraphInputWriter>();
        return services;
    }
}
