using GraphQL;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Schema.GraphInfo;

/// <summary>
/// Puts what a response was read from in <c>extensions.graph</c>: <c>{id, version, release}</c> (release null when the
/// version is not a release), so a paper can cite exactly what it queried. The version is the request's own (the one
/// its reads were cached under; after a mutation, the version it wrote). Nothing is added when the store cannot say.
/// </summary>
internal static class GraphExtension
{
    public static async Task AddAsync(HttpContext context, ExecutionResult result, CancellationToken cancellationToken)
    {
        if (!result.Executed) return;
        var services = context.RequestServices;
        GraphVersion version;
        try
        {
            version = await services.GetRequiredService<IGraphStore>().GetVersionAsync(cancellationToken);
        }
        catch (Exception e) when (e is GraphStoreUnavailableException or OperationCanceledException)
        {
            return;
        }

        var release = await services.GetRequiredService<ReleaseCatalog>().FindAsync(version, cancellationToken);
        result.Extensions ??= [];
        result.Extensions["graph"] = new Dictionary<string, object?>
        {
            ["id"] = version.GraphId,
            ["version"] = version.Number,
            ["release"] = release?.Name,
        };
    }
}
