using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Her2Graph.Api.Health;

/// <summary>Writes <c>{"status", "checks": {name: {"status", "description", "data"}}}</c>; never exception details.</summary>
internal static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new
        {
            Status = report.Status.ToString(),
            Checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { Status = entry.Value.Status.ToString(), entry.Value.Description, entry.Value.Data }),
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsJsonAsync(body, Options, context.RequestAborted);
    }
}
