using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>Reads one page of a <see cref="KeysetPaging"/> in one statement: the rows, the total and what lies beyond the cursors.</summary>
internal static class Neo4jNodeLister
{
    public static async Task<NodePage> ListAsync(INeo4jRunner runner, NodeListQuery query, CancellationToken cancellationToken)
    {
        var paging = KeysetPaging.Of(query);
        var cypher = new Neo4jFilterTranslator();
        var where = cypher.Where(query.Kind, query.Filter);
        var keys = cypher.SortKeys(paging.Order);
        var statement = Neo4jStatements.ListNodes(
            where, cypher.After(paging.After, keys), cypher.Before(paging.Before, keys), Neo4jFilterTranslator.KeyList(keys),
            Neo4jFilterTranslator.OrderBy(keys, reverse: paging.Backward));

        var parameters = new Dictionary<string, object?>(cypher.Parameters) { ["limit"] = paging.Limit ?? int.MaxValue };
        var record = (await runner.RunAsync(statement, parameters, cancellationToken)).Records.Single();

        var page = Neo4jValues.List(record["page"]).Select(Neo4jValues.Map)
            .Select(entry => paging.Paged(Neo4jEntityMaps.ReadNode(entry["node"]), Neo4jValues.List(entry["keys"])));

        return paging.Page(page, (bool)record["beyondAfter"]!, (bool)record["beyondBefore"]!, (int)Neo4jValues.Whole(record["totalCount"]));
    }
}
