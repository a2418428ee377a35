using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Writing;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Writing;

/// <summary>Applies a batch in one IMMEDIATE transaction: read what it touches, plan, refuse or write, commit.</summary>
internal static class SqliteGraphWriter
{
    public static async Task<WriteResult> WriteAsync(SqliteConnection connection, GraphWrite write, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock before reading, so the plan cannot go stale before it is applied.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var state = await LoadStateAsync(connection, transaction, write, cancellationToken);
        var plan = WritePlan.Create(write, state);
        if (!plan.Changed) return new WriteResult(state.Version, plan.NodeCounts, plan.RelationshipCounts);

        var version = state.Version + 1;
        await new SqliteWriteCommands(connection, transaction, write.Context, version).ApplyAsync(plan, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(version, plan.NodeCounts, plan.RelationshipCounts);
    }

    private static async Task<StoreState> LoadStateAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphWrite write, CancellationToken cancellationToken)
    {
        long version;
        await using (var command = connection.CreateCommand(SqliteStatements.ReadVersion, transaction))
        {
            version = (long)(await command.ExecuteScalarAsync(cancellationToken) ?? 0L);
        }

        var nodeIds = write.NodeUpserts.Select(n => n.Id)
            .Concat(write.NodeDeletes)
            .Concat(write.RelationshipUpserts.SelectMany(r => new[] { r.FromId, r.ToId }));
        var nodes = await SqliteEntityReads.NodesAsync(connection, transaction, nodeIds, cancellationToken);
        var relationships = await SqliteEntityReads.RelationshipsAsync(
            connection, transaction, write.RelationshipUpserts.Select(r => r.Key).Concat(write.RelationshipDeletes), cancellationToken);
        var attached = write.NodeDeletes.Count == 0
            ? []
            : await SqliteEntityReads.RelationshipsOfNodesAsync(connection, transaction, write.NodeDeletes, cancellationToken);
        foreach (var (key, relationship) in attached) relationships.TryAdd(key, relationship);
        return new StoreState(version, nodes, relationships, attached);
    }
}
