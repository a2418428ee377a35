using System.Security.Claims;
using GraphQL;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.Curation;

/// <summary>Who writes (the API key's id), when (the injected clock, so tests fix it) and why (the <c>comment</c> argument).</summary>
internal static class WriteContexts
{
    public static WriteContext Of(IResolveFieldContext context, TimeProvider clock)
    {
        // The curator rule refuses a mutation operation without an authenticated key, so there is always an id here.
        var actor = context.User?.FindFirst(ClaimTypes.NameIdentifier)?.Value
                    ?? throw new InvalidOperationException("a mutation ran without an authenticated API key");
        var comment = context.GetArgument<string?>("comment");
        return new WriteContext(actor, clock.GetUtcNow(), string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
    }
}
