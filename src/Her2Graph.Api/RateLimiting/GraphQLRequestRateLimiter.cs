using System.Threading.RateLimiting;
using Her2Graph.Api.Endpoint;

namespace Her2Graph.Api.RateLimiting;

/// <summary>
/// The rate-limiting middleware's limiter: one permit of the client's request budget per request to <c>/graphql</c>, taken
/// before the body is read, so a flood is refused before it costs a parse. The document's cost is taken after
/// validation (<see cref="RateLimitCharge"/>), when it is known. Other paths (IDE files, health) are not limited.
/// </summary>
internal sealed class GraphQLRequestRateLimiter(RateLimitBuckets buckets) : PartitionedRateLimiter<HttpContext>
{
    public override RateLimiterStatistics? GetStatistics(HttpContext resource) =>
        IsGraphQL(resource) ? Bucket(resource).GetStatistics() : null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        IsGraphQL(resource) ? Bucket(resource).AttemptAcquire(permitCount) : UnlimitedLease.Instance;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        IsGraphQL(resource) ? Bucket(resource).AcquireAsync(permitCount, cancellationToken) : ValueTask.FromResult<RateLimitLease>(UnlimitedLease.Instance);

    private static bool IsGraphQL(HttpContext context) =>
        context.Request.Path.Equals(GraphQLEndpointRouteBuilderExtensions.Path, StringComparison.OrdinalIgnoreCase);

    private TokenBucketRateLimiter Bucket(HttpContext context) => buckets.For(RateLimitClient.Of(context), RateLimitBudgetKind.Requests).Bucket;

    private sealed class UnlimitedLease : RateLimitLease
    {
        public static UnlimitedLease Instance { get; } = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
