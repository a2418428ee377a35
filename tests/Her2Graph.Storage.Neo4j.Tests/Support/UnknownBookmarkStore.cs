using Her2Graph.Storage.Neo4j.Bookmarks;

namespace Her2Graph.Storage.Neo4j.Tests.Support;

/// <summary>A shared bookmark store that cannot answer, as the Redis one does while Redis is down or its circuit open.</summary>
internal sealed class UnknownBookmarkStore : IBookmarkStore
{
    public int Updates { get; private set; }

    public Task<IReadOnlyList<string>?> GetAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>?>(null);

    public Task UpdateAsync(IReadOnlyList<string> used, IReadOnlyList<string> received, CancellationToken cancellationToken)
    {
        Updates++;
        return Task.CompletedTask;
    }
}
