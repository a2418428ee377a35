using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Caching;

/// <summary>
/// The graph version one HTTP request reads at, asked from the store once per request (see <see cref="CachedGraphStore"/>):
/// a query then costs one store round trip for the version plus one per level that misses the cache. A write in the
/// request moves it on, so a mutation's payload reads what it wrote. Outside a request (start-up seeding, tests) every
/// read asks the store.
/// </summary>
internal static class GraphVersionScope
{
    private static readonly AsyncLocal<Memo?> Current = new();

    /// <summary>Starts a scope for the rest of the calling flow (an HTTP request, see <see cref="GraphVersionScopeStartupFilter"/>).</summary>
    public static void Begin() => Current.Value = new Memo();

    public static Task<GraphVersion> GetAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var memo = Current.Value;
        if (memo is null) return store.GetVersionAsync(cancellationToken);
        lock (memo)
        {
            // A failed read is not kept: the next read of the request asks again.
            if (memo.Version is null || memo.Version.IsFaulted || memo.Version.IsCanceled) memo.Version = store.GetVersionAsync(cancellationToken);
            return memo.Version;
        }
    }

    /// <summary>
    /// After a write: later reads in this scope use the version the write produced, of the graph already read; when
    /// none was read yet (or the read is still running or failed), the next read asks the store, which is at least as new.
    /// </summary>
    public static void Advance(long version)
    {
        var memo = Current.Value;
        if (memo is null) return;
        lock (memo)
        {
            memo.Version = memo.Version is { IsCompletedSuccessfully: true } read
                ? Task.FromResult(read.Result with { Number = version })
                : null;
        }
    }

    private sealed class Memo
    {
        public Task<GraphVersion>? Version { get; set; }
    }
}
