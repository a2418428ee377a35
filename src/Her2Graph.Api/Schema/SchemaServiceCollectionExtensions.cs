using GraphQL;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Nodes;

namespace Her2Graph.Api.Schema;

internal static class SchemaServiceCollectionExtensions
{
    /// <summary>The singleton schema, the executor with depth and complexity limits, and the per-request loaders.</summary>
    public static IServiceCollection AddHer2GraphSchema(this IServiceCollection services)
    {
        services.AddGraphQL(graphql => graphql
            .AddSchema<Her2GraphSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(Her2GraphSchema).Assembly)
            .AddComplexityAnalyzer(complexity =>
            {
                // Deep enough for variant → drug → resistance mechanism → drugs, with edges and nodes in between.
                complexity.MaxDepth = 20;
                complexity.MaxComplexity = 200_000;
            })
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = false));

        services.AddScoped<NodesByIdDataLoader>();
        services.AddScoped<NeighboursByNodeIdDataLoader>();
        services.AddScoped<NodeLookup>();
        return services;
    }
}
