using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>
/// Keyset paging: a page is "the next N nodes after these key values", so inserting nodes before a cursor never
/// shifts the page. <c>last</c>/<c>before</c> read the order backwards and the page is turned round here.
/// </summary>
internal static class Neo4jNodeLister
{
    public static async Task<NodePage> ListAsync(INeo4jRunner runner, NodeListQuery query, CancellationToken cancellationToken)
    {
        if (query.First < 0 || query.Last < 0) throw new ArgumentOutOfRangeException(nameof(query), "first and last cannot be negative");

        IReadOnlyList<NodeOrder> order = query.Order.Count == 0 ? [NodeOrder.ByName] : query.Order;
        var signature = KeysetCursor.Signature(order);
        var after = query.After is null ? null : KeysetCursor.Decode(query.After, order);
        var before = query.Before is null ? null : KeysetCursor.Decode(query.Before, order);
        var backward = query.First is null && query.Last is not null;
        var size = backward ? query.Last : query.First;

        var cypher = new Neo4jFilterTranslator();
        var where = cypher.Where(query.Kind, query.Filter);
        var keys = cypher.SortKeys(order);
        var statement = Neo4jStatements.ListNodes(
            where, cypher.After(after, keys), cypher.Before(before, keys), Neo4jFilterTranslator.KeyList(keys),
            Neo4jFilterTranslator.OrderBy(keys, reverse: backward));

        // One node more than asked tells whether more nodes lie in the paging direction.
        var parameters = new Dictionary<string, object?>(cypher.Parameters) { ["limit"] = size is { } n ? n + 1L : int.MaxValue };
        var record = (await runner.RunAsync(statement, parameters, cancellationToken)).Records.Single();

        var page = Neo4jValues.List(record["page"]).Select(Neo4jValues.Map).Select(entry =>
        {
            var node = Neo4jEntityMaps.ReadNode(entry["node"]);
            var values = Neo4jValues.List(entry["keys"]).Select(Neo4jCursorValues.Write).ToList<System.Text.Json.Nodes.JsonNode?>();
            return new PagedNode(node, new KeysetCursor(signature, values, node.Id).Encode());
        }).ToList();

        var more = size is { } limit && page.Count > limit;
        if (more) page.RemoveAt(page.Count - 1);
        if (backward) page.Reverse();

        // Nodes at or before the after-cursor precede the page; nodes at or after the before-cursor follow it.
        var hasPrevious = (backward && more) || (after is not null && (bool)record["beyondAfter"]!);
        var hasNext = (!backward && more) || (before is not null && (bool)record["beyondBefore"]!);
        return new NodePage(page, hasNext, hasPrevious, (int)Neo4jValues.Whole(record["totalCount"]));
    }
}
