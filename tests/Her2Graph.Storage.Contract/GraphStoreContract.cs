using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Storage.Contract;

/// <summary>
/// The contract every <see cref="IGraphStore"/> adapter must meet. Derive, return an EMPTY store from
/// <see cref="CreateStoreAsync"/> (a new one on every call), and every test runs against it. Tests are split by
/// port operation into the partial files next to this one.
/// </summary>
public abstract partial class GraphStoreContract
{
    protected static CancellationToken None => CancellationToken.None;

    /// <summary>
    /// A new, empty store that belongs to the calling test only. An adapter whose server is absent calls
    /// <c>Skip.If</c> here: every test is a SkippableFact, so it is reported skipped with the stated reason.
    /// </summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>A new store holding <see cref="TestGraph.Standard"/>.</summary>
    protected async Task<IGraphStore> CreateSeededStoreAsync()
    {
        var store = await CreateStoreAsync();
        await store.WriteAsync(TestGraph.Standard(), None);
        return store;
    }

    protected static NodeFilter.Compare Where(string field, FilterOperator op, object value) =>
        new(field, op, JsonSerializer.SerializeToElement(value));

    protected static async Task<List<string>> ListIdsAsync(IGraphStore store, NodeListQuery query) =>
        (await store.ListNodesAsync(query, None)).Nodes.Select(n => n.Node.Id).ToList();

    protected static NodeListQuery Query(NodeKind? kind, NodeFilter? filter = null, params NodeOrder[] order) => new(kind, filter, order);

    /// <summary>Everything a store holds that a reader can see, to prove a refused write left it as it was.</summary>
    protected static async Task<string> SnapshotAsync(IGraphStore store)
    {
        var statistics = await store.GetStatisticsAsync(None);
        var ids = TestGraph.Nodes.Select(n => n.Id).Append("new node").ToList();
        var nodes = await store.GetNodesAsync(ids, None);
        var neighbours = await store.GetAllNeighboursAsync(ids, Direction.Outgoing, null, None);
        var changes = await store.GetChangesAsync(new ChangeQuery(0, 10_000), None);
        return JsonSerializer.Serialize(new
        {
            statistics.Version,
            Nodes = statistics.NodeCounts.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"),
            Relationships = statistics.RelationshipCounts.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"),
            Content = nodes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Describe(p.Value)),
            Edges = neighbours.OrderBy(p => p.Key, StringComparer.Ordinal)
                .SelectMany(p => p.Value.Select(n => $"{n.Relationship.Key}:{n.Relationship.Properties}:{n.Relationship.Audit}")),
            Changes = changes.Count,
        });
    }

    private static string Describe(GraphNode node) =>
        $"{node.Id}|{node.Kind}|{node.Name}|{string.Join(',', node.Aliases)}|{node.Properties}|{node.Provenance.Status}|{node.Audit}";
}
