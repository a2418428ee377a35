using Her2Graph.Api.Endpoint;
using Her2Graph.Domain.Errors;

namespace Her2Graph.Api.Bounds;

/// <summary>The refusals of a request that ran out of time or answered too much.</summary>
internal static class BoundsErrors
{
    public static GraphQLRequestError TimedOut(TimeSpan timeout) => new(
        ErrorCodes.Timeout,
        $"The request did not finish within {timeout.TotalSeconds:0.###} s and was stopped: ask for less (fewer aliases, hops or items), or retry later.");

    public static GraphQLRequestError TooLarge(int limit) => new(
        ErrorCodes.ResponseTooLarge,
        $"The answer is larger than {limit} bytes and was not sent: ask for fewer fields or items, or page.");
}
