namespace Her2Graph.Api.ResponseCaching;

internal static class ResponseCacheServiceCollectionExtensions
{
    /// <summary>Registers the whole-response cache (<c>Her2Graph:ResponseCache</c>, on by default).</summary>
    public static IServiceCollection AddResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(ResponseCacheOptions.Section).Get<ResponseCacheOptions>() ?? new ResponseCacheOptions());
        services.AddSingleton<ResponseCache>();
        services.AddScoped<ResponseCacheScope>();
        return services;
    }
}
