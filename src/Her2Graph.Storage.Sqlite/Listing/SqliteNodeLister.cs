using System.Text.Json.Nodes;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Sqlite.Rows;
using Microsoft.Data.Sqlite;

namespace Her2Graph.Storage.Sqlite.Listing;

/// <summary>
/// Keyset paging: a page is "the next N nodes after these key values", so inserting nodes before a cursor never
/// shifts the page. <c>last</c>/<c>before</c> read the order backwards and the page is turned round here.
/// </summary>
internal static class SqliteNodeLister
{
    public static async Task<NodePage> ListAsync(SqliteConnection connection, NodeListQuery query, CancellationToken cancellationToken)
    {
        if (query.First < 0 || query.Last < 0) throw new ArgumentOutOfRangeException(nameof(query), "first and last cannot be negative");

        IReadOnlyList<NodeOrder> order = query.Order.Count == 0 ? [NodeOrder.ByName] : query.Order;
        var signature = KeysetCursor.Signature(order);
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, order);
        var before = query.Before is null ? null : KeysetCursor.Decode(query.Before, order);
        var backward = query.First is null && query.Last is not null;
        var size = backward ? query.Last : query.First;

        var sql = new SqliteFilterTranslator();
        var where = sql.Where(query.Kind, query.Filter);
        var keys = sql.SortKeys(order);
        var statement = SqliteStatements.ListNodes(
            where, sql.After(after, keys), sql.Before(before, keys), SqliteFilterTranslator.KeyColumns(keys),
            SqliteFilterTranslator.OrderBy(keys, reverse: backward));

        await using var command = connection.CreateCommand(statement);
        foreach (var (name, value) in sql.Parameters) command.With(name, value);

        // One row more than asked tells whether more nodes lie in the paging direction.
        command.With("$limit", size is { } n ? n + 1 : -1);

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
                var values = Enumerable.Range(0, order.Count)
                    .Select(i => ToJson(row.GetValue(3 + SqliteStatements.NodeColumnCount + i)))
                    .ToList();
                page.Add(new PagedNode(node, new KeysetCursor(signature, values, node.Id).Encode()));
            }
        }

        var more = size is { } limit && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        if (backward) page.Reverse();

        // Nodes at or before the after-cursor precede the page; nodes at or after the before-cursor follow it.
        var hasPrevious = (backward && more) || (after is not null && beyondAfter);
        var hasNext = (!backward && more) || (before is not null && beyondBefore);
        return new NodePage(page, hasNext, hasPrevious, (int)total);
    }

    private static JsonValue? ToJson(object value) => value switch
    {
        long whole => JsonValue.Create(whole),
        double number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        _ => null,
    };
}
