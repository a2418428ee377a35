using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Storage;

/// <summary>
/// The configured store adapter, constructed without I/O and owned by the container (which disposes it at shutdown),
/// with the start-up step that creates or migrates its schema and the place it lives, for messages.
/// </summary>
internal sealed record GraphStoreAdapter(IGraphStore Store, Func<CancellationToken, Task> EnsureSchemaAsync, string Location);
