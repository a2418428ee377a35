namespace Her2Graph.Api.Ide;

/// <summary>Maps the Banana Cake Pop IDE under the GraphQL endpoint's path, fully offline.</summary>
internal static class BananaCakePopEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>path/bcp-config.json</c>, <c>path/open/{token}</c> (the IDE opening one document, see
    /// <see cref="IdeOpenDocument"/>) with its config, <c>path/examples</c>, <c>path/examples/{name}.graphql</c> and the package's files
    /// under <c>path/</c>; the page itself at <c>path</c> is served by the GraphQL endpoint, which owns that URL.
    /// </summary>
    public static BananaCakePopIde MapBananaCakePop(this IEndpointRouteBuilder endpoints, string path)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var ide = new BananaCakePopIde(IdeFiles.Locate(environment.ContentRootPath), path);

        endpoints.MapGet($"{path}/bcp-config.json", (HttpContext context) => TypedResults.Json(ide.Config(context)));
        endpoints.MapGet($"{path}/examples", (HttpContext context) => TypedResults.Json(
            ide.Examples().Select(example => new { example.Name, Url = $"{context.Request.PathBase}{path}/examples/{example.Name}.graphql" })));
        endpoints.MapGet($"{path}/examples/{{name}}", (string name) =>
            ide.Examples().FirstOrDefault(example => $"{example.Name}.graphql" == name || example.Name == name) is { } found
                ? Results.Text(found.Text, "text/plain; charset=utf-8")
                : Results.NotFound());
        endpoints.MapGet($"{path}/open/{{token}}", (HttpContext context, string token) => ide.OpenPage(context, token));
        endpoints.MapGet($"{path}/open/{{token}}/bcp-config.json", (HttpContext context, string token) =>
            IdeOpenDocument.FromToken(token) is { } open ? Results.Json(ide.Config(context, open)) : Results.NotFound());
        endpoints.MapGet($"{path}/{{**file}}", (HttpContext context, string? file) => ide.File(context, file));
        return ide;
    }
}
