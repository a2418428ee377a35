using GraphQL.Validation;

namespace Her2Graph.Api.RateLimiting;

/// <summary>The client's budget cannot pay for this document's cost now: refused (429) before anything runs.</summary>
internal sealed class RateLimitedError : ValidationError
{
    public const string ErrorCode = "RATE_LIMITED";

    public RateLimitedError(ValidationContext context, int cost, TimeSpan? retryAfter)
        : base(context.Document.Source, number: null, RateLimitRejection.Message(cost, retryAfter), context.Operation)
    {
        Code = ErrorCode;
        RetryAfter = retryAfter;
    }

    public TimeSpan? RetryAfter { get; }
}
