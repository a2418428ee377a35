using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Writing;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Writing;

/// <summary>
/// Executes a <see cref="WritePlan"/> inside the write transaction: one UNWIND statement per kind of change (and per
/// relationship type for creations), so a seed import of thousands of entities is a handful of requests. The change
/// log gets the plan's <see cref="WritePlan.Changes"/>, numbered in plan order as in the SQLite adapter.
/// </summary>
internal sealed class Neo4jWriteStatements(INeo4jRunner transaction, WriteContext context, long version, StoreState state)
{
    private readonly List<Dictionary<string, object?>> _changes = [];

    public async Task ApplyAsync(WritePlan plan, CancellationToken cancellationToken)
    {
        foreach (var entry in plan.Changes) Log(entry);

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

    private void Log(PlannedChange entry) =>
        _changes.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["version"] = version,
            ["sequence"] = _changes.Count + 1,
            ["at"] = Neo4jValues.Format(context.At),
            ["actor"] = context.Actor,
            ["comment"] = context.Comment,
            ["operation"] = entry.Operation.ToString(),
            ["entityType"] = entry.EntityType,
            ["entityKey"] = entry.EntityKey,
        });

    private async Task RunAsync<T>(string statement, string parameter, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var list = rows.Cast<object?>().ToList();
        if (list.Count == 0) return;
        await transaction.RunAsync(statement, new Dictionary<string, object?> { [parameter] = list }, cancellationToken);
    }
}
