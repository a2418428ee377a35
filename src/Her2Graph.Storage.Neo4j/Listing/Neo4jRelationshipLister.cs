using Her2Graph.Domain.Store;
using Her2Graph.Domain.Store.Listing;
using Her2Graph.Storage.Neo4j.Aggregation;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j.Listing;

/// <summary>
/// Reads one page of a relationship listing (the evidence list) in one statement, as <see cref="Neo4jNodeLister"/>
/// reads nodes: the rows with both end nodes, the total, what lies beyond the cursors and the aggregates. The
/// tie-breaker is the relationship's key property, unique like a node id.
/// </summary>
internal static class Neo4jRelationshipLister
{
    private const string Key = "r.key";

    public static async Task<RelationshipPage> ListAsync(INeo4jRunner runner, RelationshipListQuery query, CancellationToken cancellationToken)
    {
        var paging = KeysetPaging.Of(query);
        var (statement, parameters) = Statement(paging, query);
        var record = (await runner.RunAsync(statement, parameters, cancellationToken)).Records.Single();

        var page = Neo4jValues.List(record["page"]).Select(Neo4jValues.Map).Select(entry => paging.Paged(
            Neo4jEntityMaps.ReadRelationship(entry["relationship"]),
            Neo4jEntityMaps.ReadNode(entry["from"]),
            Neo4jEntityMaps.ReadNode(entry["to"]),
            Neo4jValues.List(entry["keys"])));

        var aggregates = query.Aggregate is { IsEmpty: false } request ? Neo4jAggregates.Read(request, record["numbers"], record["facets"]) : null;
        return paging.Page(page, (bool)record["beyondAfter"]!, (bool)record["beyondBefore"]!, (int)Neo4jValues.Whole(record["totalCount"])) with
        {
            Aggregates = aggregates,
        };
    }

    /// <summary>The listing statement and its parameters (also what the Cypher lint tests check).</summary>
    internal static (string Statement, Dictionary<string, object?> Parameters) Statement(KeysetPaging paging, RelationshipListQuery query)
    {
        var cypher = new Neo4jFilterTranslator();
        var where = cypher.RelationshipWhere(query.Filter);
        var keys = cypher.RelationshipSortKeys(paging.Order);
        var statement = Neo4jStatements.ListRelationships(
            Neo4jFilterTranslator.TypeLabel(query.Types), where,
            KeysetClauses.After(cypher, paging.After, keys, Key), KeysetClauses.Before(cypher, paging.Before, keys, Key),
            Neo4jFilterTranslator.KeyList(keys), KeysetClauses.OrderBy(keys, reverse: paging.Backward, Key), Neo4jAggregates.ListingColumns(cypher, query.Aggregate));
        return (statement, new Dictionary<string, object?>(cypher.Parameters) { ["limit"] = paging.Limit ?? int.MaxValue });
    }
}
