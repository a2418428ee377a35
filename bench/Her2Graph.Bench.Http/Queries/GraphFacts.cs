using System.Text.Json;
using System.Text.Json.Nodes;

namespace Her2Graph.Bench.Http.Queries;

/// <summary>
/// The drugs, variants and trials (key, name, aliases) read from the running API: the values of the cold requests and
/// the facts the graphql-js peer serves, written as JSON for it.
/// </summary>
internal sealed record GraphFacts(IReadOnlyList<FactNode> Drugs, IReadOnlyList<FactNode> Variants, IReadOnlyList<FactNode> Trials)
{
    public IReadOnlyList<string> DrugKeys => Drugs.Select(d => d.Key).ToList();

    public IReadOnlyList<string> VariantKeys => Variants.Select(d => d.Key).ToList();

    public IReadOnlyList<string> TrialKeys => Trials.Select(d => d.Key).ToList();

    /// <summary>Search texts: each drug's name, so every cold search finds something.</summary>
    public IReadOnlyList<string> SearchWords => Drugs.Select(d => d.Name).ToList();

    public static async Task<GraphFacts> ReadAsync(HttpClient api, int limit = 2000) => new(
        await ListAsync(api, "drugs", limit), await ListAsync(api, "variants", limit), await ListAsync(api, "trials", limit));

    /// <summary>The same facts in a random order (deterministic from <paramref name="seed"/>).</summary>
    public GraphFacts Shuffled(int seed)
    {
        var random = new Random(seed);
        IReadOnlyList<FactNode> Shuffle(IReadOnlyList<FactNode> nodes)
        {
            var copy = nodes.ToArray();
            random.Shuffle(copy);
            return copy;
        }

        return new GraphFacts(Shuffle(Drugs), Shuffle(Variants), Shuffle(Trials));
    }

    public void WriteJson(string path) => File.WriteAllText(path, JsonSerializer.Serialize(new
    {
        drugs = Drugs.Select(n => new { key = n.Key, name = n.Name, aliases = n.Aliases }),
        variants = Variants.Select(n => new { key = n.Key, name = n.Name, aliases = n.Aliases }),
        trials = Trials.Select(n => new { key = n.Key, name = n.Name, aliases = n.Aliases }),
    }));

    private static async Task<IReadOnlyList<FactNode>> ListAsync(HttpClient api, string field, int limit)
    {
        var nodes = new List<FactNode>();
        string? after = null;
        while (nodes.Count < limit)
        {
            var query = $"query($after: String) {{ {field}(first: 100, after: $after) {{ nodes {{ key name aliases }} pageInfo {{ hasNextPage endCursor }} }} }}";
            using var response = await api.PostAsJsonAsync("/graphql", new { query, variables = new { after } });
            response.EnsureSuccessStatusCode();
            var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]![field]!;
            nodes.AddRange(page["nodes"]!.AsArray().Select(n => new FactNode(
                (string)n!["key"]!, (string)n["name"]!, n["aliases"]!.AsArray().Select(a => (string)a!).ToList())));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!) break;
            after = (string?)page["pageInfo"]!["endCursor"];
        }

        return nodes;
    }
}
