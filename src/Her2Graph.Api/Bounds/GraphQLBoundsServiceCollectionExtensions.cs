using GraphQL;
using GraphQL.Validation.Complexity;
using Her2Graph.Api.Cost;

namespace Her2Graph.Api.Bounds;

internal static class GraphQLBoundsServiceCollectionExtensions
{
    /// <summary>
    /// The timeout, the response size limit and the cost limit (<see cref="GraphQLBoundsOptions"/>), the cost of each
    /// request (<c>extensions.cost</c>) and validate-only requests.
    /// </summary>
    public static IServiceCollection AddGraphQLBounds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(GraphQLBoundsOptions.Section).Get<GraphQLBoundsOptions>() ?? new GraphQLBoundsOptions());
        services.AddScoped<QueryCost>();
        services.PostConfigure<ComplexityOptions>(complexity =>
        {
            complexity.MaxComplexity = null;
            complexity.ValidateComplexityDelegate = QueryCostRule.ValidateAsync;
            complexity.DefaultComplexityImpactDelegate = CostModel.Around(complexity.DefaultComplexityImpactDelegate);
        });
        services.AddGraphQL(graphql => graphql.AddExecutionStrategySelector<ValidateOnlyExecutionStrategySelector>());
        return services;
    }
}
