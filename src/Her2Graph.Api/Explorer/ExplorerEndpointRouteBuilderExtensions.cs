using Microsoft.AspNetCore.StaticFiles;

namespace Her2Graph.Api.Explorer;

/// <summary>Maps the graph explorer: a static page that reads everything it shows through the public GraphQL endpoint.</summary>
internal static class ExplorerEndpointRouteBuilderExtensions
{
    public const string Path = "/explore";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// <c>/explore/</c> (the page) and its files below it; <c>/explore</c> redirects there, so the page's relative links
    /// (its bundle, and <c>../graphql</c>) resolve under any path base.
    /// </summary>
    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var files = ExplorerFiles.Locate(environment.ContentRootPath);

        // Routing matches /explore and /explore/ alike: only the first is redirected.
        endpoints.MapGet(Path, (HttpContext context) => context.Request.Path.Value!.EndsWith('/')
            ? Serve(context, files, "index.html")
            : Results.Redirect($"{context.Request.PathBase}{Path}/{context.Request.QueryString}"));
        endpoints.MapGet($"{Path}/{{**file}}", (HttpContext context, string? file) => Serve(context, files, string.IsNullOrEmpty(file) ? "index.html" : file));
        return endpoints;
    }

    private static IResult Serve(HttpContext context, Microsoft.Extensions.FileProviders.PhysicalFileProvider? files, string file)
    {
        if (files is null)
        {
            return Results.Text(
                "The explorer is not built: the Api build bundles it with npm and esbuild in src/Her2Graph.Api/Explorer/web.",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound);
        }

        var info = files.GetFileInfo(file);
        if (info is not { Exists: true, IsDirectory: false, PhysicalPath: not null }) return Results.NotFound();

        // The page is small and names its bundle without a hash: revalidate everything rather than serve a stale bundle.
        context.Response.Headers.CacheControl = "no-cache";
        var contentType = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return Results.File(info.PhysicalPath, contentType, lastModified: info.LastModified);
    }
}
