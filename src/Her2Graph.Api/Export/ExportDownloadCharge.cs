using System.Globalization;
using System.Threading.RateLimiting;
using Her2Graph.Api.RateLimiting;

namespace Her2Graph.Api.Export;

/// <summary>
/// Charges a download to the client's read budget (Her2Graph:RateLimits), a fixed <see cref="ExportOptions.DownloadCost"/>:
/// a built export is cheap to stream, but a flood of whole-graph downloads is bandwidth that queries would not get.
/// </summary>
internal sealed class ExportDownloadCharge(RateLimitOptions rateLimits, RateLimitBuckets buckets, ExportOptions options)
{
    /// <summary>Null when paid (or limits are off); otherwise the 429 to answer, with Retry-After.</summary>
    public async Task<IResult?> ChargeAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!rateLimits.Enabled) return null;
        var (bucket, budget) = buckets.For(RateLimitClient.Of(context), RateLimitBudgetKind.Reads);
        var permits = Math.Min(options.DownloadCost, budget.TokenLimit);
        using var lease = await bucket.AcquireAsync(permits, cancellationToken);
        if (lease.IsAcquired) return null;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : (TimeSpan?)null;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return Results.Text(
            $"RATE_LIMITED: a download costs {permits} of this client's read budget, which cannot pay it now; retry after the Retry-After seconds.\n",
            "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
    }
}
