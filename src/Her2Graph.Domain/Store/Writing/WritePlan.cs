using Her2Graph.Domain.Graph;

namespace Her2Graph.Domain.Store.Writing;

/// <summary>
/// What a <see cref="GraphWrite"/> will do, decided before anything is written: every problem is collected first so
/// that a refused batch reports all of them, and unchanged entities are left out so an identical re-import writes
/// nothing. Both graph store adapters must plan through this type, so that they refuse, count and log alike; each
/// only reads the <see cref="StoreState"/> and applies the plan in its own statements.
/// </summary>
public sealed class WritePlan
{
    private readonly List<RelationshipKey> _relationshipDeletes = [];
    private readonly List<string> _nodeDeletes = [];
    private readonly List<(GraphNode Node, ChangeOperation Operation)> _nodeWrites = [];
    private readonly List<(GraphRelationship Relationship, ChangeOperation Operation)> _relationshipWrites = [];
    private int _unchangedNodes;
    private int _unchangedRelationships;

    private WritePlan()
    {
    }

    /// <summary>Relationships to delete, the deleted nodes' own first; applied before anything else.</summary>
    public IReadOnlyList<RelationshipKey> RelationshipDeletes => _relationshipDeletes;

    /// <summary>Nodes to delete, applied after their relationships.</summary>
    public IReadOnlyList<string> NodeDeletes => _nodeDeletes;

    /// <summary>Nodes to create or update, in batch order.</summary>
    public IReadOnlyList<(GraphNode Node, ChangeOperation Operation)> NodeWrites => _nodeWrites;

    /// <summary>Relationships to create or update, in batch order, applied after the nodes.</summary>
    public IReadOnlyList<(GraphRelationship Relationship, ChangeOperation Operation)> RelationshipWrites => _relationshipWrites;

    /// <summary>False when the batch changes nothing: the store writes nothing and keeps its version.</summary>
    public bool Changed => _relationshipDeletes.Count + _nodeDeletes.Count + _nodeWrites.Count + _relationshipWrites.Count > 0;

    public WriteCounts NodeCounts => Counts(_nodeWrites.Select(w => w.Operation), _unchangedNodes, _nodeDeletes.Count);

    public WriteCounts RelationshipCounts =>
        Counts(_relationshipWrites.Select(w => w.Operation), _unchangedRelationships, _relationshipDeletes.Count);

    /// <summary>
    /// The change-log entries, one per entity, in the order the store numbers them: relationship deletes, node
    /// deletes, node writes, relationship writes.
    /// </summary>
    public IEnumerable<PlannedChange> Changes =>
        _relationshipDeletes.Select(key => new PlannedChange(ChangeOperation.Deleted, "relationship", key.ToString()))
            .Concat(_nodeDeletes.Select(id => new PlannedChange(ChangeOperation.Deleted, "node", id)))
            .Concat(_nodeWrites.Select(w => new PlannedChange(w.Operation, "node", w.Node.Id)))
            .Concat(_relationshipWrites.Select(w => new PlannedChange(w.Operation, "relationship", w.Relationship.Key.ToString())));

    /// <summary>Plans <paramref name="write"/> against <paramref name="state"/>; throws <see cref="GraphWriteException"/> with every problem.</summary>
    public static WritePlan Create(GraphWrite write, StoreState state)
    {
        var plan = new WritePlan();
        var problems = new List<string>();
        problems.AddRange(Duplicates(write.NodeUpserts.Select(n => n.Id), "node"));
        problems.AddRange(Duplicates(write.RelationshipUpserts.Select(r => r.Key.ToString()), "relationship"));

        // Deletes run first: a node's relationships go with it.
        var nodes = new Dictionary<string, GraphNode>(state.Nodes, StringComparer.Ordinal);
        var relationships = new Dictionary<RelationshipKey, GraphRelationship>(state.Relationships);
        foreach (var id in write.NodeDeletes.Distinct(StringComparer.Ordinal).Where(nodes.ContainsKey))
        {
            foreach (var key in state.Attached.Keys.Where(k => k.FromId == id || k.ToId == id).OrderBy(k => k.ToString(), StringComparer.Ordinal))
            {
                if (!plan._relationshipDeletes.Contains(key)) plan._relationshipDeletes.Add(key);
                relationships.Remove(key);
            }

            plan._nodeDeletes.Add(id);
            nodes.Remove(id);
        }

        foreach (var key in write.RelationshipDeletes.Distinct().Where(relationships.ContainsKey))
        {
            plan._relationshipDeletes.Add(key);
            relationships.Remove(key);
        }

        foreach (var node in write.NodeUpserts)
        {
            if (!nodes.TryGetValue(node.Id, out var existing)) plan._nodeWrites.Add((node, ChangeOperation.Created));
            else if (existing.Kind != node.Kind) problems.Add($"node '{node.Id}' is a {existing.Kind}: an upsert cannot make it a {node.Kind}");
            else if (existing.Equals(node)) plan._unchangedNodes++;
            else plan._nodeWrites.Add((node, ChangeOperation.Updated));
        }

        var upserted = write.NodeUpserts.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var relationship in write.RelationshipUpserts)
        {
            if (relationship.Provenance.Citations.Count == 0) problems.Add($"relationship '{relationship.Key}' has no citation");
            foreach (var end in new[] { relationship.FromId, relationship.ToId }.Distinct(StringComparer.Ordinal))
            {
                if (!upserted.Contains(end) && !nodes.ContainsKey(end))
                    problems.Add($"relationship '{relationship.Key}' names node '{end}', which does not exist");
            }

            if (!relationships.TryGetValue(relationship.Key, out var existing)) plan._relationshipWrites.Add((relationship, ChangeOperation.Created));
            else if (existing.Equals(relationship)) plan._unchangedRelationships++;
            else plan._relationshipWrites.Add((relationship, ChangeOperation.Updated));
        }

        return problems.Count == 0 ? plan : throw new GraphWriteException(problems);
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> keys, string entity) =>
        keys.GroupBy(k => k, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{entity} '{g.Key}' appears {g.Count()} times in one batch");

    private static WriteCounts Counts(IEnumerable<ChangeOperation> operations, int unchanged, int deleted)
    {
        var list = operations.ToList();
        return new WriteCounts(list.Count(o => o == ChangeOperation.Created), list.Count(o => o == ChangeOperation.Updated), unchanged, deleted);
    }
}
