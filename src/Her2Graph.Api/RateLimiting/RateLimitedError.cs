using GraphQL.Validation;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.RateLimiting;

/// <summary>The client's budget cannot pay for this document's cost now: refused (429) before anything runs.</summary>
internal sealed class RateLimitedError : ValidationError
{
    public RateLimitedError(ValidationContext context, int cost, TimeSpan? retryAfter)
        : base(context.Document.Source, number: null, RateLimitRejection.Message(cost, retryAfter), context.Operation)
    {
        Code = ErrorCodes.RateLimited.Code;
        RetryAfter = retryAfter;
    }

    public TimeSpan? RetryAfter { get; }
}
