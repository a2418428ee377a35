using Her2Graph.Api.Schema.GraphInfo;

namespace Her2Graph.Api.Export;

internal static class ExportServiceCollectionExtensions
{
    /// <summary>Downloads built once per graph version (<c>Her2Graph:Export</c>) and the releases folder (<c>Her2Graph:Releases</c>).</summary>
    public static IServiceCollection AddExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(ExportOptions.Section).Get<ExportOptions>() ?? new ExportOptions());
        services.AddSingleton(configuration.GetSection(ReleaseOptions.Section).Get<ReleaseOptions>() ?? new ReleaseOptions());
        services.AddSingleton<ExportBuilds>();
        services.AddSingleton<ExportDownloadCharge>();
        services.AddSingleton<ReleaseCatalog>();
        return services;
    }

    /// <summary><c>GET /export/{format}</c>.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{ExportEndpoint.Path}/{{format}}", ExportEndpoint.HandleAsync);
        return endpoints;
    }
}
