using Her2Graph.Domain.Graph;

namespace Her2Graph.Storage.Neo4j.Writing;

/// <summary>What a batch touches, as stored before it: read inside the write transaction, so nothing changes under it.</summary>
/// <param name="Version">The graph version.</param>
/// <param name="Nodes">Existing nodes among those the batch upserts, deletes or joins.</param>
/// <param name="Relationships">Existing relationships among those the batch upserts or deletes.</param>
/// <param name="Attached">Existing relationships of the nodes the batch deletes.</param>
internal sealed record StoreState(
    long Version,
    IReadOnlyDictionary<string, GraphNode> Nodes,
    IReadOnlyDictionary<RelationshipKey, GraphRelationship> Relationships,
    IReadOnlyDictionary<RelationshipKey, GraphRelationship> Attached);
