using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Aggregation;
using Her2Graph.Storage.Neo4j.Listing;

namespace Her2Graph.Storage.Neo4j;

/// <summary>
/// The one statement that reads a traversal level: one <see cref="Neo4jStatements.NeighbourBranch"/> part per branch,
/// each with its own condition, order and aggregates, joined by UNION ALL (the parts differ in their text, so one
/// UNWIND over branch maps cannot carry them). Columns: tag, origin, total, edges, numbers, facets.
/// </summary>
internal static class Neo4jNeighbourStatement
{
    public static string Build(Neo4jFilterTranslator cypher, IReadOnlyList<NeighbourBranch> branches) =>
        string.Join(" UNION ALL ", branches.Select(branch => Part(cypher, branch)));

    private static string Part(Neo4jFilterTranslator cypher, NeighbourBranch branch)
    {
        var pattern = branch.Pattern;
        var ids = cypher.Bind(branch.NodeIds.Distinct(StringComparer.Ordinal).ToList());
        var tag = cypher.Bind(branch.Tag);
        var where = cypher.EdgeWhere(pattern.Target, pattern.Where, "m", "r");
        var incoming = pattern.Direction switch
        {
            Direction.Outgoing => "0",
            Direction.Incoming => "1",
            _ => "CASE WHEN startNode(r) = s THEN 0 ELSE 1 END",
        };

        // The branch's keys (missing values after present ones in both directions, as listings sort), then the
        // Neighbour order with the relationship key and direction last, so the order is total.
        var order = cypher.EdgeSortKeys(branch.Order ?? [], "m", "r").SelectMany(key => new[]
        {
            key.Nullable ? $"({key.Expression} IS NULL)" : null,
            $"{key.Expression} {(key.Direction == SortDirection.Descending ? "DESC" : "ASC")}",
        }).OfType<string>().Concat(["type(r)", "m.name", "m.id", "r.qualifier", "r.key", "incoming"]);

        return Neo4jStatements.NeighbourBranch(
            tag,
            ids,
            Starts(cypher, branch.Via),
            Neo4jFilterTranslator.Step("s", pattern, "r", "m"),
            where,
            // Reached along two ways (two classes, two arms) an edge is one row.
            branch.Via is null ? string.Empty : "DISTINCT ",
            incoming,
            string.Join(", ", order),
            branch.Rows,
            Neo4jAggregates.Columns(cypher, branch.Aggregate, "m", "r"));
    }

    /// <summary>
    /// Binds <c>s</c>, the nodes the branch walks from: the origin itself, the far ends of one hop, or the origin and
    /// everything a chain of one relationship type reaches (a variable-length match never repeats a relationship, so a
    /// cycle ends); each once per origin.
    /// </summary>
    private static string Starts(Neo4jFilterTranslator cypher, Reach? via) => via switch
    {
        null => "MATCH (s:GraphNode {id: origin})",
        Reach.Hop hop => $"MATCH (o:GraphNode {{id: origin}}) MATCH {Neo4jFilterTranslator.Step("o", hop.Pattern, "t", "s")} "
            + $"WHERE {cypher.EdgeWhere(hop.Pattern.Target, hop.Pattern.Where, "s", "t")} WITH DISTINCT origin, s",
        Reach.Closure closure => closure.Direction switch
        {
            Direction.Outgoing => $"MATCH (o:GraphNode {{id: origin}})-[:{closure.Type.ToWireName()}*0..]->(s:GraphNode) WITH DISTINCT origin, s",
            Direction.Incoming => $"MATCH (o:GraphNode {{id: origin}})<-[:{closure.Type.ToWireName()}*0..]-(s:GraphNode) WITH DISTINCT origin, s",
            _ => $"MATCH (o:GraphNode {{id: origin}})-[:{closure.Type.ToWireName()}*0..]-(s:GraphNode) WITH DISTINCT origin, s",
        },
        _ => throw new ArgumentException($"unknown reach {via.GetType().Name}", nameof(via)),
    };
}
