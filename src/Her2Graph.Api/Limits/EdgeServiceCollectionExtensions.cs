using GraphQL;
using GraphQL.DI;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Her2Graph.Api.Limits;

internal static class EdgeServiceCollectionExtensions
{
    /// <summary>
    /// The limits on a request (<c>Her2Graph:Limits</c>), the rules that must hold for cached documents too, errors
    /// without internals, the introspection switch and the 2021 introspection fields, CORS, and no <c>Server</c> header.
    /// </summary>
    public static IServiceCollection AddEdgeHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EdgeLimitsOptions>().Bind(configuration.GetSection(EdgeLimitsOptions.Section));
        var edge = ReadEdgeOptions(configuration);
        services.AddSingleton(edge);
        services.AddSingleton<PassedDocuments>();
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ValidatedDocumentCache>());
        services.AddGraphQL(graphql =>
        {
            graphql.AddValidationRule<ArgumentLimitsValidationRule>(useForCachedDocuments: true)
                .AddUnhandledExceptionHandler(UnhandledErrors.Handle)
                // specifiedByURL and the schema's description answer already; these two are opt-in in GraphQL.NET 8.
                .ConfigureSchema(schema =>
                {
                    schema.Features.RepeatableDirectives = true;
                    schema.Features.DeprecationOfInputValues = true;
                });
            if (!edge.Introspection) graphql.AddValidationRule(NoIntrospectionValidationRule.Instance, useForCachedDocuments: true);
        });

        if (edge.CorsOrigins.Length > 0)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(edge.CorsOrigins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization")));
        }

        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        return services;
    }

    /// <summary>
    /// The missing 2021 introspection fields, security headers on every response, CORS when origins are configured,
    /// and no SDL when introspection is off.
    /// </summary>
    public static IApplicationBuilder UseEdgeHardening(this IApplicationBuilder app)
    {
        IntrospectionFields.Add(app.ApplicationServices.GetRequiredService<GraphQL.Types.ISchema>());
        var edge = app.ApplicationServices.GetRequiredService<EdgeOptions>();
        app.Use(SecurityHeaders.AddAsync);
        if (edge.CorsOrigins.Length > 0) app.UseCors();
        if (!edge.Introspection)
        {
            // The printed schema is introspection by another door.
            app.Use((context, next) => context.Request.Path.StartsWithSegments("/graphql/schema.graphql")
                ? Results.NotFound().ExecuteAsync(context)
                : next());
        }

        return app;
    }

    private static EdgeOptions ReadEdgeOptions(IConfiguration configuration)
    {
        var edge = configuration.GetSection(EdgeOptions.GraphQLSection).Get<EdgeOptions>() ?? new EdgeOptions();
        edge.CorsOrigins = configuration.GetSection($"{EdgeOptions.CorsSection}:Origins").Get<string[]>() ?? [];
        return edge;
    }
}
