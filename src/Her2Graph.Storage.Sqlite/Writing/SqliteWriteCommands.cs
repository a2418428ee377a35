using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Writing;
using Her2Graph.Storage.Sqlite.Rows;
using Her2Graph.Storage.Sqlite.Search;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Writing;

/// <summary>
/// Executes a <see cref="WritePlan"/>. Each statement is prepared once and re-bound per entity, which keeps a
/// seed import of thousands of entities fast. The search index is updated in the same transaction as the nodes, and
/// the change log is written last, from <see cref="WritePlan.Changes"/>.
/// </summary>
internal sealed class SqliteWriteCommands(SqliteConnection connection, SqliteTransaction transaction, WriteContext context, long version)
{
    private readonly string _at = SqliteAuditText.Format(context.At);
    private int _sequence;

    public async Task ApplyAsync(WritePlan plan, CancellationToken cancellationToken)
    {
        await using var deleteRelationship = Command(SqliteStatements.DeleteRelationship);
        await using var deleteNode = Command(SqliteStatements.DeleteNode);
        await using var upsertNode = Command(SqliteStatements.UpsertNode);
        await using var upsertRelationship = Command(SqliteStatements.UpsertRelationship);
        await using var deleteSearch = Command(SqliteStatements.DeleteSearchEntry);
        await using var insertSearch = Command(SqliteStatements.InsertSearchEntry);
        await using var change = Command(SqliteStatements.InsertChange);
        await using var deleteXrefs = Command(SqliteStatements.DeleteXrefKeys);
        await using var insertXref = Command(SqliteStatements.InsertXrefKey);

        foreach (var key in plan.RelationshipDeletes) await deleteRelationship.With("$key", key.ToString()).ExecuteNonQueryAsync(cancellationToken);

        foreach (var id in plan.NodeDeletes)
        {
            var seq = await deleteNode.With("$id", id).ExecuteScalarAsync(cancellationToken);
            await deleteSearch.With("$seq", seq).ExecuteNonQueryAsync(cancellationToken);
            await deleteXrefs.With("$id", id).ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var (node, _) in plan.NodeWrites)
        {
            var seq = await Bind(upsertNode, node).ExecuteScalarAsync(cancellationToken);
            await deleteSearch.With("$seq", seq).ExecuteNonQueryAsync(cancellationToken);
            var document = SearchDocument.Of(node);
            await insertSearch.With("$seq", seq)
                .With("$exact_keys", document.ExactKeys)
                .With("$name", document.Name)
                .With("$aliases", document.Aliases)
                .With("$code", document.Code)
                .With("$other", document.Other)
                .ExecuteNonQueryAsync(cancellationToken);
            await deleteXrefs.With("$id", node.Id).ExecuteNonQueryAsync(cancellationToken);
            foreach (var key in node.Xrefs.Select(x => x.Key).Distinct(StringComparer.Ordinal))
            {
                await insertXref.With("$key", key).With("$id", node.Id).ExecuteNonQueryAsync(cancellationToken);
            }
        }

        foreach (var (relationship, _) in plan.RelationshipWrites) await Bind(upsertRelationship, relationship).ExecuteNonQueryAsync(cancellationToken);

        foreach (var entry in plan.Changes) await LogAsync(change, entry, cancellationToken);

        await using var bump = Command(SqliteStatements.WriteVersion);
        await bump.With("$version", version).ExecuteNonQueryAsync(cancellationToken);
    }

    private SqliteCommand Bind(SqliteCommand command, GraphNode node) =>
        Stamp(command)
            .With("$id", node.Id)
            .With("$kind", node.Kind.ToString())
            .With("$name", node.Name)
            .With("$aliases", SqliteJson.Strings(node.Aliases))
            .With("$properties", node.Properties.Json)
            .With("$citations", SqliteJson.Citations(node.Provenance.Citations))
            .With("$status", SqliteWireNames.ToWire(node.Provenance.Status))
            .With("$status_note", node.Provenance.StatusNote)
            .With("$xrefs", CrossReferenceJson.Write(node.Xrefs));

    private SqliteCommand Bind(SqliteCommand command, GraphRelationship relationship) =>
        Stamp(command)
            .With("$key", relationship.Key.ToString())
            .With("$type", relationship.Type.ToWireName())
            .With("$from_id", relationship.FromId)
            .With("$to_id", relationship.ToId)
            .With("$qualifier", relationship.Qualifier)
            .With("$properties", relationship.Properties.Json)
            .With("$citations", SqliteJson.Citations(relationship.Provenance.Citations))
            .With("$status", SqliteWireNames.ToWire(relationship.Provenance.Status))
            .With("$status_note", relationship.Provenance.StatusNote)
            .With("$evidence_level", SqliteWireNames.ToWire(relationship.Provenance.EvidenceLevel));

    private SqliteCommand Stamp(SqliteCommand command) =>
        command.With("$at", _at).With("$actor", context.Actor).With("$version", version);

    private Task<int> LogAsync(SqliteCommand command, PlannedChange entry, CancellationToken cancellationToken) =>
        command.With("$version", version)
            .With("$sequence", ++_sequence)
            .With("$at", _at)
            .With("$actor", context.Actor)
            .With("$comment", context.Comment)
            .With("$operation", entry.Operation.ToString())
            .With("$entity_type", entry.EntityType)
            .With("$entity_key", entry.EntityKey)
            .ExecuteNonQueryAsync(cancellationToken);

    private SqliteCommand Command(string sql) => connection.CreateCommand(sql, transaction);
}
