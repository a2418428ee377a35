using Her2Graph.Api.Schema.Changes;
using Her2Graph.Api.Schema.Mutations.Writing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Her2Graph.Api.Schema.Mutations;

internal static class MutationServiceCollectionExtensions
{
    /// <summary>The validated writer behind the mutations, the clock of audit stamps (replaceable by tests), and the change log's loader.</summary>
    public static IServiceCollection AddCuratorWrites(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GraphInputWriter>();
        services.AddScoped<RelationshipsByKeyDataLoader>();
        return services;
    }
}
