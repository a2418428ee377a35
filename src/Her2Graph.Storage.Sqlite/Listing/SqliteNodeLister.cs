using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Sqlite.Aggregation;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Listing;

/// <summary>Reads one page of a <see cref="KeysetPaging"/> in one statement: the rows, the total and what lies beyond the cursors.</summary>
internal static class SqliteNodeLister
{
    public static async Task<NodePage> ListAsync(SqliteConnection connection, NodeListQuery query, CancellationToken cancellationToken)
    {
        var paging = KeysetPaging.Of(query);
        var sql = new SqliteFilterTranslator();
        var where = sql.Where(query.Kind, query.Filter);
        var keys = sql.SortKeys(paging.Order);
        var statement = SqliteStatements.ListNodes(
            where, KeysetClauses.After(sql, paging.After, keys), KeysetClauses.Before(sql, paging.Before, keys),
            SqliteFilterTranslator.KeyColumns(keys), KeysetClauses.OrderBy(keys, reverse: paging.Backward));

        // One snapshot for the page and its aggregates: a write between the two statements would make them disagree.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand(statement, transaction);
        foreach (var (name, value) in sql.Parameters) command.With(name, value);

        command.With("$limit", paging.Limit ?? -1);

        var page = new List<PagedNode>();
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
                var node = SqliteRowReader.ReadNode(row, 3);
                var values = Enumerable.Range(0, paging.Order.Count).Select(i => row.GetValue(3 + SqliteStatements.NodeColumnCount + i));
                page.Add(paging.Paged(node, values));
            }
        }

        var aggregates = query.Aggregate is { IsEmpty: false } request
            ? await AggregateAsync(connection, transaction, query, request, cancellationToken)
            : null;
        return paging.Page(page, beyondAfter, beyondBefore, (int)total) with { Aggregates = aggregates };
    }

    /// <summary>The aggregates over every node the listing's kind and filter match, not only the page.</summary>
    private static async Task<Aggregates> AggregateAsync(
        SqliteConnection connection, SqliteTransaction transaction, NodeListQuery query, AggregateRequest request, CancellationToken cancellationToken)
    {
        var sql = new SqliteFilterTranslator();
        var parts = SqliteAggregateParts.Of(sql, request, "nodes n", sql.Where(query.Kind, query.Filter), [], string.Empty);
        await using var command = connection.CreateCommand(string.Join("\nUNION ALL ", parts) + ";", transaction);
        foreach (var (name, value) in sql.Parameters) command.With(name, value);

        var collector = new AggregateCollector(request);
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        while (await row.ReadAsync(cancellationToken)) collector.Add(row, 0);
        return collector.Build();
    }
}
