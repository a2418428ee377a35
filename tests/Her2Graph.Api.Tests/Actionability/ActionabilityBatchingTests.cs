using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;

namespace Her2Graph.Api.Tests.Actionability;

/// <summary>Actionability reads the store a step at a time, batched across every variant of the level: never a call per variant.</summary>
public sealed class ActionabilityBatchingTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    private async Task<IReadOnlyList<string>> CallsOfAsync(string query)
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();
        var response = await client.PostAsync(query);
        Assert.Empty(response.ErrorCodes);
        return api.Store.Calls;
    }

    [Fact]
    public async Task EveryVariantsActionability_CostsNoMoreStoreCallsThanTheDeepestVariantsAlone()
    {
        var one = await CallsOfAsync("""{ variant(name: "ERBB2:A775_G776insYVMA") { actionability { level } } }""");
        var all = await CallsOfAsync("{ variants(first: 100) { nodes { actionability { level } } } }");

        // YVMA sits three classes deep (exon 20 insertions → TKD → activating), the deepest of the seed: every other
        // variant's steps ride in the same batches, so the whole list costs the listing plus YVMA's steps.
        var steps = one.Count(c => c.StartsWith("GetNeighbours(", StringComparison.Ordinal) || c.StartsWith("GetNodes(", StringComparison.Ordinal));
        Assert.Equal($"ListNodes({nameof(NodeKind.Variant)})", all[0]);
        Assert.True(all.Count - 1 <= steps, $"{all.Count - 1} calls for every variant, {steps} for YVMA alone: {string.Join(", ", all)}");
        Assert.True(SeedGraph.NodeCount(NodeKind.Variant) > all.Count, "the test needs more variants than calls to show batching");
        Assert.True(steps <= 10, string.Join(", ", one));
    }
}
