using Microsoft.AspNetCore.StaticFiles;

namespace Her2Graph.Api.Ide;

/// <summary>Serves Banana Cake Pop under a path (the GraphQL endpoint's): its page, its files and its config.</summary>
internal sealed class BananaCakePopIde(IdeFiles files, string path)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Lazy<string?> indexHtml = new(() => ReadIndex(files));

    // The examples ship with the app and do not change while it runs: read them once.
    private readonly Lazy<IReadOnlyList<ExampleDocument>> examples = new(() => ExampleDocuments.Load(files.ExamplesDirectory));

    /// <summary>The IDE's page, with a base URL so its relative asset links resolve under <c>path/</c>.</summary>
    public IResult Page(HttpContext context)
    {
        if (indexHtml.Value is not { } html)
        {
            return Results.Text(
                "Banana Cake Pop is not installed: the Api build fetches it with `npm ci` in src/Her2Graph.Api/Ide.",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound);
        }

        var baseHref = $"<head><base href=\"{context.Request.PathBase}{path}/\"/>";
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Content(html.Replace("<head>", baseHref, StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    /// <summary>A file of the package (scripts, styles, fonts, icons, licence texts).</summary>
    public IResult File(HttpContext context, string? file)
    {
        if (string.IsNullOrEmpty(file) || file == "index.html")
        {
            return Page(context);
        }

        var info = files.Package?.GetFileInfo(file);
        if (info is not { Exists: true, IsDirectory: false, PhysicalPath: not null })
        {
            return Results.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return Results.File(info.PhysicalPath, contentType, lastModified: info.LastModified);
    }

    public BananaCakePopConfig Config(HttpContext context)
    {
        var endpoint = $"{context.Request.PathBase}{path}";
        return new BananaCakePopConfig
        {
            Title = "Her2Graph",
            Endpoint = endpoint,
            GraphQLDocument = ExampleDocuments.InitialDocument(Examples(), endpoint),
        };
    }

    public IReadOnlyList<ExampleDocument> Examples() => examples.Value;

    private static string? ReadIndex(IdeFiles files)
    {
        var index = files.Package?.GetFileInfo("index.html");
        return index is { Exists: true, PhysicalPath: not null } ? System.IO.File.ReadAllText(index.PhysicalPath) : null;
    }
}
