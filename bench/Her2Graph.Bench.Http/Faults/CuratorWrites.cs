using System.Text.Json;
using System.Text.Json.Nodes;

namespace Her2Graph.Bench.Http.Faults;

/// <summary>
/// The run's writes: <c>upsertAdverseEvent</c> of synthetic nodes (marked so in their status note), keyed by run, client
/// and slot, so that each key has one writer and a later write to a slot replaces the earlier one. The last name a
/// client was told was stored under a key is what must be read back.
/// </summary>
internal sealed class CuratorWrites(string run)
{
    public const int SlotsPerClient = 8;

    private const string Mutation = """
        mutation LoadWrite($input: AdverseEventInput!) { upsertAdverseEvent(input: $input, comment: "load benchmark") { adverseEvent { key name } changed version } }
        """;

    public (string Key, string Name, byte[] Body) Next(int client, int write)
    {
        var key = $"load-{run}-c{client}-s{write % SlotsPerClient}";
        var name = $"{key} w{write}";
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            query = Mutation,
            variables = new
            {
                input = new { key, name, status = "UNVERIFIED", statusNote = "synthetic node written by the load benchmark" },
            },
        });
        return (key, name, body);
    }

    /// <summary>Whether an answer acknowledges the write of <paramref name="name"/>.</summary>
    public static bool Acknowledges(JsonNode? answer, string name) =>
        answer?["errors"] is null && (string?)answer?["data"]?["upsertAdverseEvent"]?["adverseEvent"]?["name"] == name;

    /// <summary>One query that reads back <paramref name="keys"/>, aliased k0, k1, …</summary>
    public static byte[] ReadBackBody(IReadOnlyList<string> keys)
    {
        var parameters = string.Join(", ", keys.Select((_, i) => $"$k{i}: String!"));
        var fields = string.Join(" ", keys.Select((_, i) => $"k{i}: adverseEvent(name: $k{i}) {{ key name }}"));
        var variables = keys.Select((key, i) => (key, i)).ToDictionary(k => $"k{k.i}", k => k.key);
        return JsonSerializer.SerializeToUtf8Bytes(new { query = $"query ReadBack({parameters}) {{ {fields} }}", variables });
    }
}
