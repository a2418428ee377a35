namespace Her2Graph.Storage.Neo4j.Bookmarks;

/// <summary>
/// The bookmarks of this process's writes, in memory: enough for one API process (or a CLI) on a cluster. Replicas of
/// the API share theirs through Redis instead, since a read on one must wait for the writes of the others.
/// </summary>
public sealed class InProcessBookmarkStore : IBookmarkStore
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _bookmarks = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>?> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<string>?>([.. _bookmarks.Order(StringComparer.Ordinal)]);
    }

    public Task UpdateAsync(IReadOnlyList<string> used, IReadOnlyList<string> received, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(used);
        ArgumentNullException.ThrowIfNull(received);

        // A commit without bookmarks (a server that sends none) must not forget the ones it was given.
        if (received.Count == 0) return Task.CompletedTask;
        lock (_gate)
        {
            _bookmarks.ExceptWith(used);
            _bookmarks.UnionWith(received);
        }

        return Task.CompletedTask;
    }
}
