namespace Her2Graph.Bench.Http.Ceiling;

/// <summary>
/// The ceiling: bare Kestrel answering <c>POST /q/{name}</c> with the API's own response bytes for that canonical query,
/// captured at start-up (a folder of <c>{name}.json</c> files). What the API would cost if executing a query were free.
/// </summary>
internal static class CeilingApp
{
    public static WebApplication Build(string folder, string url)
    {
        var answers = Directory.EnumerateFiles(folder, "*.json")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllBytes, StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text("ok"));
        app.MapPost("/q/{name}", (string name) =>
            answers.TryGetValue(name, out var bytes) ? Results.Bytes(bytes, "application/graphql-response+json; charset=utf-8") : Results.NotFound());
        return app;
    }

    /// <summary>The child-process entry point: <c>ceiling FOLDER URL</c>.</summary>
    public static Task RunAsync(string folder, string url) => Build(folder, url).RunAsync();
}
