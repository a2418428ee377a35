using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Her2Graph.Api.RateLimiting;

internal static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Cost-weighted token buckets (<see cref="RateLimitOptions"/>) with ASP.NET Core's rate limiting: the middleware
    /// takes a request's first permit, <see cref="RateLimitCharge"/> its cost after validation. Tests may replace
    /// <see cref="RateLimitBuckets"/> or configure it without auto-replenishment.
    /// </summary>
    public static IServiceCollection AddGraphQLRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitBuckets>();
        services.AddSingleton<RateLimitCharge>();
        services.AddHttpContextAccessor();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, _) => new ValueTask(RateLimitRejection.WriteAsync(rejected.HttpContext, rejected.Lease));
        });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<RateLimitBuckets>((limiter, buckets) => limiter.GlobalLimiter = new GraphQLRequestRateLimiter(buckets));
        return services;
    }

    /// <summary>After authentication (keyed clients are charged by key id); does nothing when <c>Enabled</c> is false.</summary>
    public static IApplicationBuilder UseGraphQLRateLimits(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<RateLimitOptions>().Enabled ? app.UseRateLimiter() : app;
}
