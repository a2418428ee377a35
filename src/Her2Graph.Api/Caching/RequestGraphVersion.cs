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
}
