using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Storage.Neo4j.Writing;

/// <summary>
/// What a batch will do, decided before anything is written: every problem is collected first so that a refused
/// batch reports all of them, and unchanged entities are left out so an identical re-import writes nothing.
/// </summary>
// REVIEW: a copy of Her2Graph.Storage.Sqlite's WritePlan (internal there), so that both adapters refuse, count and
// detect "unchanged" alike. Moving WritePlan and StoreState into Her2Graph.Domain would keep one copy.
internal sealed class WritePlan
{
    public List<RelationshipKey> RelationshipDeletes { get; } = [];

    public List<string> NodeDeletes { get; } = [];

    public List<(GraphNode Node, ChangeOperation Operation)> NodeWrites { get; } = [];

    public List<(GraphRelationship Relationship, ChangeOperation Operation)> RelationshipWrites { get; } = [];

    public int UnchangedNodes { get; private set; }

    public int UnchangedRelationships { get; private set; }

    public bool Changed => RelationshipDeletes.Count + NodeDeletes.Count + NodeWrites.Count + RelationshipWrites.Count > 0;

    public WriteCounts NodeCounts => Counts(NodeWrites.Select(w => w.Operation), UnchangedNodes, NodeDeletes.Count);

    public WriteCounts RelationshipCounts =>
        Counts(RelationshipWrites.Select(w => w.Operation), UnchangedRelationships, RelationshipDeletes.Count);

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
                if (!plan.RelationshipDeletes.Contains(key)) plan.RelationshipDeletes.Add(key);
                relationships.Remove(key);
            }

            plan.NodeDeletes.Add(id);
            nodes.Remove(id);
        }

        foreach (var key in write.RelationshipDeletes.Distinct().Where(relationships.ContainsKey))
        {
            plan.RelationshipDeletes.Add(key);
            relationships.Remove(key);
        }

        foreach (var node in write.NodeUpserts)
        {
            if (!nodes.TryGetValue(node.Id, out var existing)) plan.NodeWrites.Add((node, ChangeOperation.Created));
            else if (existing.Kind != node.Kind) problems.Add($"node '{node.Id}' is a {existing.Kind}: an upsert cannot make it a {node.Kind}");
            else if (existing.Equals(node)) plan.UnchangedNodes++;
            else plan.NodeWrites.Add((node, ChangeOperation.Updated));
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

            if (!relationships.TryGetValue(relationship.Key, out var existing)) plan.RelationshipWrites.Add((relationship, ChangeOperation.Created));
            else if (existing.Equals(relationship)) plan.UnchangedRelationships++;
            else plan.RelationshipWrites.Add((relationship, ChangeOperation.Updated));
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
