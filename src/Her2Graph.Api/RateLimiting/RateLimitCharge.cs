using System.Threading.RateLimiting;
using GraphQL.Validation;
using GraphQLParser.AST;
using Her2Graph.Api.Cost;
using Her2Graph.Api.Telemetry;

namespace Her2Graph.Api.RateLimiting;

/// <summary>
/// Takes a document's cost from the client's read or write budget once validation has computed it
/// (<c>AcquireAsync(permitCount: cost)</c>: the middleware could take only one permit, before the cost was known).
/// </summary>
internal sealed class RateLimitCharge(RateLimitOptions options, RateLimitBuckets buckets, IHttpContextAccessor http, Her2GraphMetrics metrics)
{
    /// <summary>The refusal when the budget cannot pay now; null when it paid (<paramref name="cost"/> then holds the budget left).</summary>
    public async Task<ValidationError?> ChargeAsync(ValidationContext context, QueryCost cost, double requested)
    {
        var kind = context.Operation.Operation == OperationType.Mutation ? RateLimitBudgetKind.Writes : RateLimitBudgetKind.Reads;
        var refused = await TryChargeAsync(kind, cost, requested, context.CancellationToken);
        if (refused is null) return null;
        metrics.RateLimited(kind);
        return new RateLimitedError(context, refused.Value.Permits, refused.Value.RetryAfter);
    }

    /// <summary>
    /// Takes <paramref name="requested"/> from the caller's <paramref name="kind"/> budget: null when it paid (or rate
    /// limits are off), else what it could not pay. Counts nothing: a caller that is refused answers through
    /// <see cref="ChargeAsync"/>, which counts the refusal and says where it is.
    /// </summary>
    public async Task<(int Permits, TimeSpan? RetryAfter)?> TryChargeAsync(
        RateLimitBudgetKind kind, QueryCost cost, double requested, CancellationToken cancellationToken)
    {
        if (!options.Enabled || http.HttpContext is not { } request) return null;
        var (bucket, budget) = buckets.For(RateLimitClient.Of(request), kind);

        // A cost above the whole bucket is charged the whole bucket: it passes only when the client's budget is full.
        var permits = Math.Min(QueryCost.Permits(requested), budget.TokenLimit);
        using var lease = await bucket.AcquireAsync(permits, cancellationToken);
        cost.Throttle = new ThrottleStatus(budget.TokenLimit, bucket.GetStatistics()?.CurrentAvailablePermits ?? 0, budget.RestoreRate);
        if (lease.IsAcquired) return null;
        return (permits, lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : null);
    }
}
