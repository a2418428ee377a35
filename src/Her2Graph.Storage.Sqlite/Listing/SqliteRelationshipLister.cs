using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Sqlite.Aggregation;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Listing;

/// <summary>
/// Reads one page of a relationship listing (the evidence list) in one statement, as <see cref="SqliteNodeLister"/>
/// reads nodes: the rows with both end nodes, the total and what lies beyond the cursors; then its aggregates in the
/// same snapshot. The tie-breaker is the relationship key, unique like a node id.
/// </summary>
internal static class SqliteRelationshipLister
{
    private const string Key = "r.key";
    private const int FromColumn = 3 + SqliteStatements.RelationshipColumnCount;
    private const int ToColumn = FromColumn + SqliteStatements.NodeColumnCount;
    private const int KeyColumn = ToColumn + SqliteStatements.NodeColumnCount;

    public static async Task<RelationshipPage> ListAsync(SqliteConnection connection, RelationshipListQuery query, CancellationToken cancellationToken)
    {
        var paging = KeysetPaging.Of(query);
        var sql = new SqliteFilterTranslator();
        var where = sql.RelationshipWhere(query.Types, query.Filter);
        var keys = sql.RelationshipSortKeys(paging.Order);
        var statement = SqliteStatements.ListRelationships(
            where, KeysetClauses.After(sql, paging.After, keys, Key), KeysetClauses.Before(sql, paging.Before, keys, Key),
            SqliteFilterTranslator.KeyColumns(keys), KeysetClauses.OrderBy(keys, reverse: paging.Backward, Key));

        // One snapshot for the page and its aggregates: a write between the two statements would make them disagree.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand(statement, transaction);
        foreach (var (name, value) in sql.Parameters) command.With(name, value);

        command.With("$limit", paging.Limit ?? -1);

        var page = new List<PagedRelationship>();
        long total = 0;
        bool beyondAfter = false, beyondBefore = false;
        await using (var row = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await row.ReadAsync(cancellationToken))
            {
                total = row.GetInt64(0);
                beyondAfter = row.GetInt64(1) == 1;
                beyondBefore = row.GetInt64(2) == 1;
                if (row.IsDBNull(3)) break;
                var values = Enumerable.Range(0, paging.Order.Count).Select(i => row.GetValue(KeyColumn + i));
                page.Add(paging.Paged(
                    SqliteRowReader.ReadRelationship(row, 3), SqliteRowReader.ReadNode(row, FromColumn), SqliteRowReader.ReadNode(row, ToColumn), values));
            }
        }

        var aggregates = query.Aggregate is { IsEmpty: false } request
            ? await AggregateAsync(connection, transaction, query, request, cancellationToken)
            : null;
        return paging.Page(page, beyondAfter, beyondBefore, (int)total) with { Aggregates = aggregates };
    }

    /// <summary>The aggregates over every row the listing's types and filter match, not only the page.</summary>
    private static async Task<Aggregates> AggregateAsync(
        SqliteConnection connection, SqliteTransaction transaction, RelationshipListQuery query, AggregateRequest request, CancellationToken cancellationToken)
    {
        var sql = new SqliteFilterTranslator();
        var parts = SqliteAggregateParts.Of(sql, request, SqliteStatements.ListedRelationships, sql.RelationshipWhere(query.Types, query.Filter), [], string.Empty);
        await using var command = connection.CreateCommand(string.Join("\nUNION ALL ", parts) + ";", transaction);
        foreach (var (name, value) in sql.Parameters) command.With(name, value);

        var collector = new AggregateCollector(request);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken)) collector.Add(row, 0);
        return collector.Build();
    }
}
