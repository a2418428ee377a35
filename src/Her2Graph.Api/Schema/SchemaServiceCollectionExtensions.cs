using GraphQL;
using GraphQLParser.AST;
using Her2Graph.Api.Loaders;
using Her2Graph.Api.Schema.Curation;
using Her2Graph.Api.Schema.Identifiers;
using Her2Graph.Api.Schema.Lookups;

namespace Her2Graph.Api.Schema;

internal static class SchemaServiceCollectionExtensions
{
    /// <summary>The singleton schema, the executor with depth and complexity limits, and the per-request loaders.</summary>
    public static IServiceCollection AddHer2GraphSchema(this IServiceCollection services)
    {
        services.AddGraphQL(graphql => graphql
            .AddSchema<Her2GraphSchema>()
            .AddExecutionStrategy<FieldByFieldExecutionStrategy>(OperationType.Mutation)
            .AddSystemTextJson()
            .AddComplexityAnalyzer(complexity =>
            {
                // Deep enough for variant → class → drug → resistance mechanism → variant → drugs, with edges in between.
                complexity.MaxDepth = 20;
                // A traversal here returns a handful of edges, not the 20 the analyzer assumes for an unsized list;
                // with the real fan-out the limit still refuses queries that would walk most of the graph many times.
                complexity.DefaultListImpactMultiplier = 4;
                // The cost limit is Her2Graph:GraphQL:MaxCost, enforced with the cost report in Cost/QueryCostRule.cs.
            })
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = false));

        services.AddScoped<NodesByIdDataLoader>();
        services.AddScoped<NeighboursDataLoader>();
        services.AddScoped<RelationshipsByKeyDataLoader>();
        services.AddScoped<NodeLookup>();
        services.AddScoped<XrefLookup>();
        return services;
    }
}
