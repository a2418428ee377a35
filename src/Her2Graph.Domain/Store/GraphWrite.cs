using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store;

/// <summary>
/// One atomic batch. Upserts replace the whole curated content of the entity with the same id or key (audit stamps
/// are kept by the store). Deleting a node also deletes its relationships. Deletes run before upserts.
/// </summary>
public sealed record GraphWrite(
    IReadOnlyList<GraphNode> NodeUpserts,
    IReadOnlyList<GraphRelationship> RelationshipUpserts,
    IReadOnlyList<string> NodeDeletes,
    IReadOnlyList<RelationshipKey> RelationshipDeletes,
    WriteContext Context)
{
    public static GraphWrite Upsert(
        IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphRelationship> relationships, WriteContext context) =>
        new(nodes, relationships, [], [], context);
}
