using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;

namespace Her2Graph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// The names the adapter's graph holds, taken from what it writes rather than listed by hand: the standard test graph
/// is written through a fake server and every map key of every row sent is collected. A statement that reads a
/// property no write ever sets (a typo, a renamed field) then shows up as a linter finding.
/// </summary>
internal static class AdapterSchema
{
    public static async Task<CypherSchema> ReadAsync()
    {
        using var server = new FakeNeo4jHandler();
        var store = await FakeNeo4j.StoreAsync(server);
        server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);

        var keys = new SortedSet<string>(StringComparer.Ordinal)
        {
            // The GraphMeta node's own keys, which only the statements name (no row carries them).
            "id", "version", "graphId", "dataModel", "_LOCK_",
        };
        foreach (var request in server.Requests.Where(r => !string.IsNullOrEmpty(r.Body)))
            CollectMapKeys(request.Parameters, keys);
        return new CypherSchema(
            ["GraphNode", "GraphMeta", "GraphChange"],
            Enum.GetValues<RelationshipType>().Select(t => t.ToWireName()).ToList(),
            [.. keys]);
    }

    private static void CollectMapKeys(JsonElement typed, SortedSet<string> keys)
    {
        if (typed.ValueKind != JsonValueKind.Object) return;
        if (!typed.TryGetProperty("$type", out var type))
        {
            // The parameters object itself: a plain object of typed values.
            foreach (var parameter in typed.EnumerateObject()) CollectMapKeys(parameter.Value, keys);
            return;
        }

        var value = typed.GetProperty("_value");
        switch (type.GetString())
        {
            case "Map":
                foreach (var entry in value.EnumerateObject())
                {
                    keys.Add(entry.Name);
                    CollectMapKeys(entry.Value, keys);
                }

                break;
            case "List":
                foreach (var item in value.EnumerateArray()) CollectMapKeys(item, keys);
                break;
        }
    }
}
