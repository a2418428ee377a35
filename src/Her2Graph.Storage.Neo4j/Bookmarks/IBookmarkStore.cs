namespace Her2Graph.Storage.Neo4j.Bookmarks;

/// <summary>
/// Where the store keeps the bookmarks of the latest writes, so that a read sent to any cluster member (accessMode
/// Read) waits until that member has applied them: the freshness promise ("after a write returns, no reader anywhere
/// sees the old data") on a Neo4j cluster. One store per process by default (<see cref="InProcessBookmarkStore"/>);
/// API replicas share one through Redis. Works as the drivers' BookmarkManager does: a transaction starts with the
/// bookmarks known then, and its commit's bookmarks replace those (they cover them), so two writers that started from
/// the same bookmarks both stay known until a later write covers them.
/// </summary>
public interface IBookmarkStore
{
    /// <summary>
    /// The bookmarks to start a transaction with; null when they cannot be known now (the shared store is down or its
    /// circuit open): reads then go with write access, to the member that has every committed write. Never throws for
    /// its own failures.
    /// </summary>
    Task<IReadOnlyList<string>?> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// After a write committed: <paramref name="used"/> (what it started with) is replaced by <paramref name="received"/>
    /// (its commit's bookmarks). Never throws for its own failures: the write has happened either way.
    /// </summary>
    Task UpdateAsync(IReadOnlyList<string> used, IReadOnlyList<string> received, CancellationToken cancellationToken);
}
