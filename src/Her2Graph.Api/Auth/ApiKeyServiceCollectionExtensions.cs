using GraphQL;
using Microsoft.AspNetCore.Authentication;

namespace Her2Graph.Api.Auth;

internal static class ApiKeyServiceCollectionExtensions
{
    /// <summary>
    /// Bearer API keys from <c>Her2Graph:ApiKeys</c> as the default authentication scheme, and the GraphQL validation
    /// rule that refuses a mutation operation without a curator key before any of its fields runs.
    /// </summary>
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddSingleton(provider => CreateKeyring(
            provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()));
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, configureOptions: null);
        services.AddHttpContextAccessor();
        services.AddGraphQL(graphql => graphql.AddValidationRule<CuratorMutationsValidationRule>(useForCachedDocuments: true));
        return services;
    }

    /// <summary>Checks the key configuration now (a bad entry stops the start, not the first request) and authenticates every request.</summary>
    public static IApplicationBuilder UseApiKeyAuthentication(this IApplicationBuilder app)
    {
        app.ApplicationServices.GetRequiredService<ApiKeyring>();
        return app.UseAuthentication();
    }

    private static ApiKeyring CreateKeyring(IConfiguration configuration, IHostEnvironment environment)
    {
        var entries = configuration.GetSection(ApiKeyDefaults.Section).Get<List<ApiKeyEntry>>() ?? [];
        var keyring = new ApiKeyring(entries);
        if (!environment.IsDevelopment() && keyring.Contains(DevelopmentApiKey.Sha256))
        {
            throw new InvalidOperationException(
                $"{ApiKeyDefaults.Section} holds the documented development key, which works in the Development environment only: "
                + $"remove it, or set ASPNETCORE_ENVIRONMENT=Development (now {environment.EnvironmentName})");
        }

        return keyring;
    }
}
