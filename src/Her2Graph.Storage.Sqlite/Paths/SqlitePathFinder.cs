using System.Text.Json;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Paths;

/// <summary>
/// Finds simple paths with one recursive statement that returns ids only, then loads the nodes and relationships
/// of all found paths in one batch each, so a path costs no per-hop round trips.
/// </summary>
internal static class SqlitePathFinder
{
    public static async Task<IReadOnlyList<GraphPath>> FindAsync(SqliteConnection connection, PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxHops, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.MaxHops, PathQuery.MaxHopsLimit);
        if (query.Limit <= 0 || query.FromId == query.ToId) return [];

        // One snapshot for both statements, so a concurrent write cannot remove an entity between them.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var found = await FindIdsAsync(connection, transaction, query, cancellationToken);
        if (found.Count == 0) return [];

        var nodes = await SqliteEntityReads.NodesAsync(connection, transaction, found.SelectMany(p => p.NodeIds), cancellationToken);
        var relationships = (await SqliteEntityReads.RelationshipsByKeyTextAsync(
                connection, transaction, found.SelectMany(p => p.Keys), cancellationToken))
            .Values.ToDictionary(r => r.Key.ToString(), StringComparer.Ordinal);
        return found.Select(p => new GraphPath(
                p.NodeIds.Select(id => nodes[id]).ToList(),
                p.Keys.Select((key, i) => new PathStep(relationships[key], p.Incoming[i] ? Direction.Incoming : Direction.Outgoing)).ToList()))
            .ToList();
    }

    private static async Task<List<FoundPath>> FindIdsAsync(
        SqliteConnection connection, SqliteTransaction transaction, PathQuery query, CancellationToken cancellationToken)
    {
        var types = SqliteWireNames.RelationshipTypesJson(query.Types);
        await using var command = connection.CreateCommand(SqliteStatements.Paths, transaction)
            .With("$from", query.FromId)
            .With("$to", query.ToId)
            .With("$types", types)
            .With("$max_hops", query.MaxHops)
            .With("$limit", query.Limit);
        var found = new List<FoundPath>();
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken))
        {
            found.Add(new FoundPath(
                JsonSerializer.Deserialize<string[]>(row.GetString(0)) ?? [],
                JsonSerializer.Deserialize<string[]>(row.GetString(1)) ?? [],
                (JsonSerializer.Deserialize<int[]>(row.GetString(2)) ?? []).Select(d => d == 1).ToArray()));
        }

        return found;
    }

    private sealed record FoundPath(string[] NodeIds, string[] Keys, bool[] Incoming);
}
