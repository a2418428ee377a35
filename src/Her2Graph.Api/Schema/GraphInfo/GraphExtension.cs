using GraphQL;
using Her2Graph.Api.Caching;

namespace Her2Graph.Api.Schema.GraphInfo;

/// <summary>
/// Puts what a response was read from in <c>extensions.graph</c>: <c>{id, version, release}</c> (release null when the
/// version is not a release), so a paper can cite exactly what it queried. The version is the request's own, the one
/// its reads were cached under (after a mutation, the one it wrote), so this asks the store nothing; a request that
/// read nothing from the graph (introspection alone) gets no <c>graph</c> entry.
/// </summary>
internal static class GraphExtension
{
    public static async Task AddAsync(HttpContext context, ExecutionResult result, CancellationToken cancellationToken)
    {
        if (!result.Executed || context.RequestServices.GetRequiredService<RequestGraphVersion>().Read is not { } version) return;
        var release = await context.RequestServices.GetRequiredService<ReleaseCatalog>().FindAsync(version, cancellationToken);
        result.Extensions ??= [];
        result.Extensions["graph"] = new Dictionary<string, object?>
        {
            ["id"] = version.GraphId,
            ["version"] = version.Number,
            ["release"] = release?.Name,
        };
    }
}
