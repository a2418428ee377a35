using System.Collections.Concurrent;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Support;

/// <summary>
/// The real store with a log of the calls made to it (method and batch size), so tests and snapshots show how many
/// store round trips a query caused: an N+1 regression shows up in review. Recorders of several DI scopes can share one
/// log (<paramref name="calls"/>).
/// </summary>
public sealed class RecordingGraphStore(IGraphStore inner, ConcurrentQueue<string>? calls = null) : IGraphStore
{
    private readonly ConcurrentQueue<string> _calls = calls ?? new();

    public IReadOnlyList<string> Calls => [.. _calls];

    public void Clear() => _calls.Clear();

    public Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Record($"GetNodes({ids.Count} ids)", () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Record($"FindNodesByXrefs({keys.Count} keys)", () => inner.FindNodesByXrefsAsync(keys, cancellationToken));

    public Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken) =>
        Record($"GetRelationships({keys.Count} keys)", () => inner.GetRelationshipsAsync(keys, cancellationToken));

    public Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken) =>
        Record($"GetNeighbours({query.Branches.SelectMany(b => b.NodeIds).Distinct().Count()} nodes)", () => inner.GetNeighboursAsync(query, cancellationToken));

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) =>
        Record($"ListNodes({query.Kind})", () => inner.ListNodesAsync(query, cancellationToken));

    public Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken) =>
        Record($"ListRelationships({string.Join(',', query.Types.Select(t => t.ToWireName()))})", () => inner.ListRelationshipsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Record("Search", () => inner.SearchAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Record("FindPaths", () => inner.FindPathsAsync(query, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken) =>
        Record("GetStatistics", () => inner.GetStatisticsAsync(cancellationToken));

    public Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken) =>
        Record("GetVersion", () => inner.GetVersionAsync(cancellationToken));

    public Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken) =>
        Record("GetChanges", () => inner.GetChangesAsync(query, cancellationToken));

    public Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken) =>
        Record("Write", () => inner.WriteAsync(write, cancellationToken));

    private Task<T> Record<T>(string call, Func<Task<T>> invoke)
    {
        _calls.Enqueue(call);
        return invoke();
    }
}
