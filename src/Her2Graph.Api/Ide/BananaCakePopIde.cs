using Microsoft.AspNetCore.StaticFiles;

namespace Her2Graph.Api.Ide;

/// <summary>Serves Banana Cake Pop under a path (the GraphQL endpoint's): its page, its files and its config.</summary>
internal sealed class BananaCakePopIde(IdeFiles files, string path)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Lazy<string?> indexHtml = new(() => ReadIndex(files));

    // The examples ship with the app and do not change while it runs: read them once.
    private readonly Lazy<IReadOnlyList<ExampleDocument>> examples = new(() => ExampleDocuments.Load(files.ExamplesDirectory));

    /// <summary>
    /// The IDE's page, with a base URL so its relative asset links resolve under <c>path/</c>; with
    /// <c>?document=</c> a redirect to the page that opens that document (see <see cref="IdeOpenDocument"/>).
    /// </summary>
    public IResult Page(HttpContext context)
    {
        if (context.Request.Query.ContainsKey(IdeOpenDocument.DocumentParameter))
        {
            var (open, error) = IdeOpenDocument.FromQuery(context.Request.Query);
            return open is null
                ? Results.Text($"Cannot open the document: {error}.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest)
                : Results.Redirect($"{context.Request.PathBase}{path}/open/{open.ToToken()}");
        }

        return Html(context);
    }

    /// <summary>The page at <c>path/open/{token}</c>: the IDE, whose configuration (fetched below this path) holds the token's document.</summary>
    public IResult OpenPage(HttpContext context, string token) =>
        IdeOpenDocument.FromToken(token) is null
            ? Results.Text("This link does not hold a document: open the IDE from /graphql?document=….", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : Html(context);

    private IResult Html(HttpContext context)
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

    /// <summary>The configuration: a new document opens with <paramref name="open"/>, or with the guide and every example.</summary>
    public BananaCakePopConfig Config(HttpContext context, IdeOpenDocument? open = null)
    {
        var endpoint = $"{context.Request.PathBase}{path}";
        return new BananaCakePopConfig
        {
            Title = "Her2Graph",
            Endpoint = endpoint,
            GraphQLDocument = open?.Document ?? ExampleDocuments.InitialDocument(Examples(), endpoint),
            Variables = open?.Variables,
        };
    }

    public IReadOnlyList<ExampleDocument> Examples() => examples.Value;

    private static string? ReadIndex(IdeFiles files)
    {
        var index = files.Package?.GetFileInfo("index.html");
        return index is { Exists: true, PhysicalPath: not null } ? System.IO.File.ReadAllText(index.PhysicalPath) : null;
    }
}
