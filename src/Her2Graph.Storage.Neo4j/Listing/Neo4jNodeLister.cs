using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Aggregation;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>Reads one page of a <see cref="KeysetPaging"/> in one statement: the rows, the total, what lies beyond the cursors and the aggregates.</summary>
internal static class Neo4jNodeLister
{
    public static async Task<NodePage> ListAsync(INeo4jRunner runner, NodeListQuery query, CancellationToken cancellationToken)
    {
        var paging = KeysetPaging.Of(query);
        var (statement, parameters) = Statement(paging, query);
        var record = (await runner.RunAsync(statement, parameters, cancellationToken)).Records.Single();

        var page = Neo4jValues.List(record["page"]).Select(Neo4jValues.Map)
            .Select(entry => paging.Paged(Neo4jEntityMaps.ReadNode(entry["node"]), Neo4jValues.List(entry["keys"])));

        var aggregates = query.Aggregate is { IsEmpty: false } request ? Neo4jAggregates.Read(request, record["numbers"], record["facets"]) : null;
        return paging.Page(page, (bool)record["beyondAfter"]!, (bool)record["beyondBefore"]!, (int)Neo4jValues.Whole(record["totalCount"])) with
        {
            Aggregates = aggregates,
        };
    }

    /// <summary>The listing statement and its parameters (also what the Cypher lint tests check).</summary>
    internal static (string Statement, Dictionary<string, object?> Parameters) Statement(KeysetPaging paging, NodeListQuery query)
    {
        var cypher = new Neo4jFilterTranslator();
        var where = cypher.Where(query.Kind, query.Filter);
        var keys = cypher.SortKeys(paging.Order);
        var statement = Neo4jStatements.ListNodes(
            where, KeysetClauses.After(cypher, paging.After, keys), KeysetClauses.Before(cypher, paging.Before, keys),
            Neo4jFilterTranslator.KeyList(keys), KeysetClauses.OrderBy(keys, reverse: paging.Backward), Neo4jAggregates.Columns(cypher, query.Aggregate, "n", null));
        return (statement, new Dictionary<string, object?>(cypher.Parameters) { ["limit"] = paging.Limit ?? int.MaxValue });
    }
}
