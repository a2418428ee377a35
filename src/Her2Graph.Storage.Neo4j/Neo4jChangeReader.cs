using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Http;
using Her2Graph.Storage.Neo4j.Rows;

namespace Her2Graph.Storage.Neo4j;

/// <summary>Reads the change log (<c>GraphChange</c> nodes), oldest first.</summary>
internal static class Neo4jChangeReader
{
    public static async Task<IReadOnlyList<ChangeRecord>> ReadAsync(INeo4jRunner runner, ChangeQuery query, CancellationToken cancellationToken)
    {
        if (query.First <= 0) return [];
        var result = await runner.RunAsync(Neo4jStatements.Changes, new Dictionary<string, object?>
        {
            ["version"] = query.AfterVersion,
            ["sequence"] = query.AfterSequence,
            ["first"] = query.First,
        }, cancellationToken);
        return result.Records.Select(record =>
        {
            var change = Neo4jValues.Map(record["change"]);
            return new ChangeRecord(
                Neo4jValues.Whole(change, "version"),
                (int)Neo4jValues.Whole(change, "sequence"),
                Neo4jValues.Time(change, "at"),
                Neo4jValues.Text(change, "actor"),
                Neo4jValues.OptionalText(change, "comment"),
                Enum.Parse<ChangeOperation>(Neo4jValues.Text(change, "operation")),
                Neo4jValues.Text(change, "entityType"),
                Neo4jValues.Text(change, "entityKey"));
        }).ToList();
    }
}
