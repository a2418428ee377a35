using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store.Writing;

/// <summary>
/// What a batch touches, as stored before it: read inside the write transaction, so nothing changes under it. Each
/// graph store adapter reads it its own way and hands it to <see cref="WritePlan.Create"/>.
/// </summary>
/// <param name="Version">The graph version.</param>
/// <param name="Nodes">Existing nodes among those the batch upserts, deletes or joins.</param>
/// <param name="Relationships">Existing relationships among those the batch upserts or deletes.</param>
/// <param name="Attached">Existing relationships of the nodes the batch deletes.</param>
public sealed record StoreState(
    long Version,
    IReadOnlyDictionary<string, GraphNode> Nodes,
    IReadOnlyDictionary<RelationshipKey, GraphRelationship> Relationships,
    IReadOnlyDictionary<RelationshipKey, GraphRelationship> Attached);
