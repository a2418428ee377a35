using Her2Graph.Domain.Schema;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j;

/// <summary>
/// Creates the constraints and indexes when missing (each statement is IF NOT EXISTS, so safe on every start), then
/// the <c>GraphMeta</c> node with the graph id, so that reads find an id from the start, and the data model: an empty
/// graph is stamped with this build's, and one that holds nodes of another model is refused and left as it was.
/// </summary>
internal static class Neo4jSchema
{
    public static async Task EnsureAsync(INeo4jRunner runner, Neo4jGraphStoreOptions options, CancellationToken cancellationToken)
    {
        foreach (var statement in Neo4jStatements.Schema)
            await runner.RunAsync(statement, new Dictionary<string, object?>(), cancellationToken);
        await EnsureMetaAsync(runner, options, cancellationToken);
    }

    public static async Task EnsureMetaAsync(INeo4jRunner runner, Neo4jGraphStoreOptions options, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(
            Neo4jStatements.EnsureMeta,
            new Dictionary<string, object?> { ["meta"] = Neo4jStatements.MetaId, ["model"] = DataModel.Current },
            cancellationToken);
        var record = result.Records.Single();
        int? recorded = record["recorded"] is null ? null : (int)Neo4jValues.Whole(record["recorded"]);
        var holdsNodes = record["holdsNodes"] as bool? ?? throw new FormatException("'holdsNodes' is not a boolean");

        // The statement has stamped an empty graph already; what is left is to refuse one of another model.
        var location = Location(options);
        DataModel.MustStamp(recorded, holdsNodes, location, Reseed(options));
    }

    public static string Location(Neo4jGraphStoreOptions options) => $"Neo4j at {options.BaseUri} (database {options.Database})";

    // What the operator can run: the API seeds an empty store from graph-seed/ on start. The GraphMeta node goes too,
    // so that the re-seeded graph starts at version 0 with a new graph id, and no cache serves the old graph.
    private static string Reseed(Neo4jGraphStoreOptions options) =>
        $"stop the API, empty database {options.Database} by running `{Neo4jStatements.DeleteEverything}` in cypher-shell or Neo4j Browser, "
        + "and start the API again, which seeds the empty store from its seed folder (graph-seed/). Re-seeding drops edits curators made through the API: back the database up to re-apply them";
}
