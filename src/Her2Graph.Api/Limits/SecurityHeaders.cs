namespace Her2Graph.Api.Limits;

/// <summary>
/// Headers on every response: no MIME sniffing, no referrer leaving the site, and a content security policy. The IDE
/// (its page, and its scripts, which Monaco also starts as web workers that take the policy of their own response)
/// may run its own bundle, styles, fonts and workers from this origin and talk to this origin only; a GraphQL answer
/// (JSON) may load nothing at all.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>Banana Cake Pop needs inline styles, its scripts from 'self', data:/blob: images and fonts, and blob: workers (Monaco).</summary>
    /// <remarks>REVIEW: 'unsafe-eval' because the IDE's bundle evaluates strings (the browser test fails without it); it has no inline scripts.</remarks>
    public const string IdePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The explorer (/explore) is our own bundle: no eval, no inline scripts; inline styles because cytoscape and chart.js
    /// size their canvases through style attributes.
    /// </summary>
    public const string ExplorerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = IsJson(response.ContentType) ? ApiPolicy
                : context.Request.Path.StartsWithSegments(Explorer.ExplorerEndpointRouteBuilderExtensions.Path) ? ExplorerPolicy
                : IdePolicy;
            return Task.CompletedTask;
        });
        return next();
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("application/graphql-response+json", StringComparison.OrdinalIgnoreCase));
}
