using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Aggregation;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Listing;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j;

/// <summary>Every branch of a traversal level in one statement (<see cref="Neo4jNeighbourStatement"/>), read into groups.</summary>
internal static class Neo4jNeighbourReader
{
    public static async Task<IReadOnlyDictionary<NeighbourKey, NeighbourGroup>> ReadAsync(
        INeo4jRunner runner, NeighbourQuery query, CancellationToken cancellationToken)
    {
        // Every (tag, id) asked has a group; an origin with no edge (or that does not exist) returns no row.
        var groups = new Dictionary<NeighbourKey, NeighbourGroup>();
        foreach (var branch in query.Branches)
        {
            var empty = new NeighbourGroup([], 0, branch.Aggregate is { IsEmpty: false } request ? Neo4jAggregates.Read(request, null, null) : null);
            foreach (var id in branch.NodeIds) groups.TryAdd(new NeighbourKey(branch.Tag, id), empty);
        }

        var branches = query.Branches.Where(b => b.NodeIds.Count > 0).ToList();
        if (branches.Count == 0) return groups;

        var (statement, parameters) = Statement(branches);
        var requests = branches.ToDictionary(b => b.Tag, b => b.Aggregate, StringComparer.Ordinal);
        var result = await runner.RunAsync(statement, parameters, cancellationToken);
        foreach (var record in result.Records)
        {
            var tag = (string)record["tag"]!;
            var origin = (string)record["origin"]!;
            var edges = Neo4jValues.List(record["edges"]).Select(Neo4jValues.Map).Select(edge => new Neighbour(
                origin,
                Neo4jValues.Whole(edge["incoming"]) == 1 ? Direction.Incoming : Direction.Outgoing,
                Neo4jEntityMaps.ReadRelationship(edge["relationship"]),
                Neo4jEntityMaps.ReadNode(edge["node"]))).ToList();
            var aggregates = requests[tag] is { IsEmpty: false } request ? Neo4jAggregates.Read(request, record["numbers"], record["facets"]) : null;
            groups[new NeighbourKey(tag, origin)] = new NeighbourGroup(edges, (int)Neo4jValues.Whole(record["total"]), aggregates);
        }

        return groups;
    }

    /// <summary>The statement of these branches and its parameters (also what the Cypher lint tests check).</summary>
    internal static (string Statement, Dictionary<string, object?> Parameters) Statement(IReadOnlyList<NeighbourBranch> branches)
    {
        var cypher = new Neo4jFilterTranslator();
        var statement = Neo4jNeighbourStatement.Build(cypher, branches);
        return (statement, new Dictionary<string, object?>(cypher.Parameters));
    }
}
