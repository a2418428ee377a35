using System.Globalization;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;
using Microsoft.Net.Http.Headers;

namespace Her2Graph.Api.Export;

/// <summary>
/// <c>GET /export/&lt;format&gt;</c>: the whole graph as a file of the served version, built once per version
/// (<see cref="ExportBuilds"/>) and streamed from disk, with the version in the file name, in
/// <c>Her2Graph-Graph-Version</c> / <c>Her2Graph-Graph-Id</c>, and in a strong ETag (If-None-Match gives 304).
/// </summary>
internal static class ExportEndpoint
{
    public const string Path = "/export";

    public const string VersionHeader = "Her2Graph-Graph-Version";

    public const string GraphIdHeader = "Her2Graph-Graph-Id";

    public static async Task<IResult> HandleAsync(string format, HttpContext context, ExportBuilds builds, ExportDownloadCharge charge)
    {
        var known = GraphExporter.Formats.FirstOrDefault(f => string.Equals(f, format, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            return Results.Text(
                $"unknown export format '{format}': use one of {string.Join(", ", GraphExporter.Formats)} (GET {Path}/<format>)\n",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        if (await charge.ChargeAsync(context, context.RequestAborted) is { } refused) return refused;

        ExportArtifact artifact;
        try
        {
            artifact = await builds.GetAsync(known, context.RequestAborted);
        }
        catch (GraphStoreUnavailableException)
        {
            context.Response.Headers.RetryAfter = "5";
            return Results.Text("STORE_UNAVAILABLE: the graph store does not answer for now; retry later.\n", "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        context.Response.Headers[VersionHeader] = artifact.Version.Number.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers[GraphIdHeader] = artifact.Version.GraphId;
        return Results.File(artifact.Path, artifact.ContentType, artifact.FileName, entityTag: new EntityTagHeaderValue(artifact.ETag), enableRangeProcessing: true);
    }
}
