using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Caching;

/// <summary>
/// The graph version this DI scope (request) read at: the one its cached store asked the store for, moved on by its
/// writes. Reading it costs nothing; null when the request read nothing from the graph.
/// </summary>
internal sealed class RequestGraphVersion
{
    internal CachedGraphStore? Store { get; set; }

    public GraphVersion? Read => Store?.VersionRead;

    /// <summary>
    /// Reads the version now (once per request) through the request's cached store, below any decorator of the port:
    /// the reads a miss then makes use the same version, and only the version read reaches the store.
    /// </summary>
    public Task<GraphVersion> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IGraphStore>();
        return (Store ?? store).GetVersionAsync(cancellationToken);
    }
}
