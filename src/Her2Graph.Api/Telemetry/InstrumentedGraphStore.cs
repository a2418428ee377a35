using System.Diagnostics;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Telemetry;

/// <summary>
/// Below the read cache, so it sees the calls that reach the store (misses, the version read, writes): a span and a
/// duration per call, labelled by method (the read cache's names for them), and the count of the request's calls.
/// One per DI scope, like the cached store above it; only in place when metrics or traces are on.
/// </summary>
internal sealed class InstrumentedGraphStore(IGraphStore inner, Her2GraphMetrics metrics, RequestStoreCalls calls) : IGraphStore
{
    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        CallAsync("nodes", () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        CallAsync("xrefs", () => inner.FindNodesByXrefsAsync(keys, cancellationToken));

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        CallAsync("relationships", () => inner.GetRelationshipsAsync(keys, cancellationToken));

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        CallAsync("neighbours", () => inner.GetNeighboursAsync(query, cancellationToken));

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) =>
        CallAsync("list", () => inner.ListNodesAsync(query, cancellationToken));

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        CallAsync("relationship list", () => inner.ListRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        CallAsync("search", () => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        CallAsync("paths", () => inner.FindPathsAsync(query, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        CallAsync("statistics", () => inner.GetStatisticsAsync(cancellationToken));

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) =>
        CallAsync("version", () => inner.GetVersionAsync(cancellationToken));

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) =>
        CallAsync("changes", () => inner.GetChangesAsync(query, cancellationToken));

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) =>
        CallAsync("write", () => inner.WriteAsync(write, cancellationToken));

    private async Task<T> CallAsync<T>(string method, Func<Task<T>> call)
    {
        calls.Add();
        using var activity = Her2GraphActivitySource.Source.StartActivity("store " + method, ActivityKind.Client);
        activity?.SetTag("her2graph.store.method", method);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            metrics.StoreCall(method, Stopwatch.GetElapsedTime(started));
        }
    }
}
