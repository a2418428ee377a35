using Her2Graph.Domain.Schema;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Writing;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Writing;

/// <summary>
/// Applies a batch in one explicit transaction: lock the graph, read what the batch touches, plan, refuse or write,
/// commit. Anything that goes wrong after the transaction opened (a refusal, a Neo4j error, a cancelled request)
/// rolls it back, and so does a batch that changes nothing, so nothing of it is ever visible.
/// </summary>
internal static class Neo4jGraphWriter
{
    public static async Task<WriteResult> WriteAsync(Neo4jQueryClient client, GraphWrite write, CancellationToken cancellationToken)
    {
        var (transaction, locked) = await client.BeginAsync(
            Neo4jStatements.LockGraph,
            new Dictionary<string, object?> { ["meta"] = Neo4jStatements.MetaId, ["model"] = DataModel.Current },
            cancellationToken);
        try
        {
            var state = await LoadStateAsync(transaction, Neo4jValues.Whole(locked.Records.Single()["version"]), write, cancellationToken);
            var plan = WritePlan.Create(write, state);
            if (!plan.Changed)
            {
                await transaction.RollbackAsync();
                return new WriteResult(state.Version, plan.NodeCounts, plan.RelationshipCounts);
            }

            var version = state.Version + 1;
            await new Neo4jWriteStatements(transaction, write.Context, version, state).ApplyAsync(plan, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new WriteResult(version, plan.NodeCounts, plan.RelationshipCounts);
        }
        catch
        {
            await transaction.RollbackAsync();
            throw;
        }
    }

    private static async Task<StoreState> LoadStateAsync(INeo4jRunner transaction, long version, GraphWrite write, CancellationToken cancellationToken)
    {
        var nodeIds = write.NodeUpserts.Select(n => n.Id)
            .Concat(write.NodeDeletes)
            .Concat(write.RelationshipUpserts.SelectMany(r => new[] { r.FromId, r.ToId }));
        var nodes = await Neo4jEntityReads.NodesAsync(transaction, nodeIds, cancellationToken);
        var relationships = await Neo4jEntityReads.RelationshipsAsync(
            transaction, write.RelationshipUpserts.Select(r => r.Key).Concat(write.RelationshipDeletes), cancellationToken);
        var attached = await Neo4jEntityReads.RelationshipsOfNodesAsync(transaction, write.NodeDeletes, cancellationToken);
        foreach (var (key, relationship) in attached) relationships.TryAdd(key, relationship);
        return new StoreState(version, nodes, relationships, attached);
    }
}
