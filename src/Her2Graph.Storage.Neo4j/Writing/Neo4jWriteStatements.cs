using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Writing;

/// <summary>
/// Executes a <see cref="WritePlan"/> inside the write transaction: one UNWIND statement per kind of change (and per
/// relationship type for creations), so a seed import of thousands of entities is a handful of requests. The change
/// log gets one entry per entity, numbered in the order SQLite's adapter uses: relationship deletes, node deletes,
/// node writes, relationship writes.
/// </summary>
internal sealed class Neo4jWriteStatements(INeo4jRunner transaction, WriteContext context, long version, StoreState state)
{
    private readonly List<Dictionary<string, object?>> _changes = [];

    public async Task ApplyAsync(WritePlan plan, CancellationToken cancellationToken)
    {
        foreach (var key in plan.RelationshipDeletes) Log(ChangeOperation.Deleted, "relationship", key.ToString());
        foreach (var id in plan.NodeDeletes) Log(ChangeOperation.Deleted, "node", id);
        foreach (var (node, operation) in plan.NodeWrites) Log(operation, "node", node.Id);
        foreach (var (relationship, operation) in plan.RelationshipWrites) Log(operation, "relationship", relationship.Key.ToString());

        await RunAsync(Neo4jStatements.DeleteRelationships, "keys", plan.RelationshipDeletes.Select(Neo4jEntityMaps.KeyRow), cancellationToken);
        await RunAsync(Neo4jStatements.DeleteNodes, "ids", plan.NodeDeletes, cancellationToken);
        await RunAsync(
            Neo4jStatements.UpsertNodes,
            "rows",
            plan.NodeWrites.Select(w => Neo4jEntityMaps.NodeRow(w.Node, Stamp(w.Operation, state.Nodes.GetValueOrDefault(w.Node.Id)?.Audit))),
            cancellationToken);
        foreach (var created in plan.RelationshipWrites.Where(w => w.Operation == ChangeOperation.Created).GroupBy(w => w.Relationship.Type))
        {
            await RunAsync(
                Neo4jStatements.CreateRelationships[created.Key],
                "rows",
                created.Select(w => Neo4jEntityMaps.RelationshipRow(w.Relationship, Stamp(ChangeOperation.Created, null))),
                cancellationToken);
        }

        await RunAsync(
            Neo4jStatements.UpdateRelationships,
            "rows",
            plan.RelationshipWrites.Where(w => w.Operation == ChangeOperation.Updated)
                .Select(w => Neo4jEntityMaps.RelationshipRow(w.Relationship, Stamp(w.Operation, state.Relationships[w.Relationship.Key].Audit))),
            cancellationToken);
        await RunAsync(Neo4jStatements.InsertChanges, "rows", _changes, cancellationToken);
        await transaction.RunAsync(
            Neo4jStatements.WriteVersion,
            new Dictionary<string, object?> { ["meta"] = Neo4jStatements.MetaId, ["version"] = version },
            cancellationToken);
    }

    /// <summary>An update keeps who created the entity and when; a creation (or re-creation) starts afresh.</summary>
    private AuditStamp Stamp(ChangeOperation operation, AuditStamp? existing) =>
        operation == ChangeOperation.Updated && existing is not null
            ? new AuditStamp(existing.CreatedAt, context.At, existing.CreatedBy, context.Actor, version)
            : new AuditStamp(context.At, context.At, context.Actor, context.Actor, version);

    private void Log(ChangeOperation operation, string entityType, string entityKey) =>
        _changes.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["version"] = version,
            ["sequence"] = _changes.Count + 1,
            ["at"] = Neo4jValues.Format(context.At),
            ["actor"] = context.Actor,
            ["comment"] = context.Comment,
            ["operation"] = operation.ToString(),
            ["entityType"] = entityType,
            ["entityKey"] = entityKey,
        });

    private async Task RunAsync<T>(string statement, string parameter, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = rows.Cast<object?>().ToList();
        if (list.Count == 0) return;
        await transaction.RunAsync(statement, new Dictionary<string, object?> { [parameter] = list }, cancellationToken);
    }
}
