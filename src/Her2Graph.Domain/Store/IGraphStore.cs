using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// The port every graph store adapter implements. Reads are batch-shaped (a set of keys in, a dictionary out, one
/// store round trip per call) and every list has a total order; a write is one atomic transaction.
/// </summary>
public interface IGraphStore
{
    /// <summary>Nodes by id; ids that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Nodes by cross-reference key (<see cref="Identifiers.CrossReference.Key"/>: <c>CHEMBL:CHEMBL1201585</c>,
    /// <c>HGNC:3430</c>), compared exactly. Each key that matched maps to every node carrying it (one CTCAE code can sit
    /// on two adverse events), ordered by node id (ordinal); keys no node carries are absent from the result. Like
    /// <see cref="GetNodesAsync"/> it takes any number of keys in one round trip (the keys are one bound list, never
    /// spliced into the statement): what a client may ask for is bounded at the API's edge (MaxListItems), and the
    /// writer's own reads may pass a whole batch.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Relationships by key; keys that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// The relationships of many nodes with the node at the other end, grouped by origin id, each group in
    /// <see cref="Neighbour"/> order. Every requested id has an entry (empty when it has no neighbours or does not exist).
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Neighbour>>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken);

    /// <summary>One page of nodes, filtered and ordered, with keyset cursors that stay valid when nodes are added.</summary>
    Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken);

    /// <summary>Ranked full-text search over names, aliases, codes and class words.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>Simple paths between two nodes, relationships followed in either direction, shortest first.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>The graph version and the number of nodes per kind and relationships per type.</summary>
    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The graph's id and version: what a read cache asks on every request to key its entries, so it must be the
    /// store's cheapest read. The id is the same on every call to the same store, across restarts.
    /// </summary>
    Task<GraphVersion> GetVersionAsync(CancellationToken cancellationToken);

    /// <summary>The change log, oldest first, after a graph version.</summary>
    Task<IReadOnlyList<ChangeRecord>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a batch in one transaction: all of it or none. Throws <see cref="GraphWriteException"/> (and writes
    /// nothing) when the batch would leave the graph inconsistent. The version is bumped only when something changed.
    /// </summary>
    Task<WriteResult> WriteAsync(GraphWrite write, CancellationToken cancellationToken);
}
