using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// The port every graph store adapter implements. Reads are batch-shaped (a set of keys in, a dictionary out, one
/// store round trip per call) and every list has a total order; a write is one atomic transaction.
/// </summary>
public interface IGraphStore
{
    /// <summary>The most keys one <see cref="FindNodesByXrefsAsync"/> call takes: a lookup names one id, a resolver a batch.</summary>
    const int MaxXrefKeys = 500;

    /// <summary>Nodes by id; ids that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The nodes that carry each cross-reference key (<see cref="Identifiers.CrossReference.Key"/>, e.g.
    /// <c>CHEMBL:CHEMBL1201585</c>), in id order; keys no node carries are absent. Several nodes can carry one key
    /// where the vocabularies say so (one CTCAE code for two adverse events). At most <see cref="MaxXrefKeys"/> keys.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<GraphNode>>> FindNodesByXrefsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Relationships by key; keys that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<RelationshipKey, GraphRelationship>> GetRelationshipsAsync(
        IReadOnlyCollection<RelationshipKey> keys, CancellationToken cancellationToken);

    /// <summary>
    /// The relationships of many nodes with the node at the other end, one group per branch and origin, each group
    /// filtered, ordered (the branch's keys, then <see cref="Neighbour"/> order) and aggregated by the store, all
    /// branches in one round trip. Every requested (tag, id) has an entry (empty when nothing fits or the node does not exist).
    /// </summary>
    Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken);

    /// <summary>One page of nodes, filtered and ordered, with keyset cursors that stay valid when nodes are added.</summary>
    Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// One page of relationships with both end nodes (the evidence list), filtered on the relationship and its ends,
    /// ordered and aggregated by the store, with keyset cursors that stay valid when relationships are added.
    /// </summary>
    Task<RelationshipPage> ListRelationshipsAsync(RelationshipListQuery query, CancellationToken cancellationToken);

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
