using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;


namespace Her2Graph.Api.Tests.Queries;

/// <summary>One store round trip per level of a query, never one per node.</summary>
public sealed class BatchingTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    [Fact]
    public async Task FourLevelQuery_OverAllDrugs_MakesOneStoreCallPerLevel()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync("""
            {
              drugs(first: 100) {
                nodes {
                  name
                  adverseEvents { edges { node { name } relationship { grade3PlusPercent } } }
                  trials { nodes { name enrolledVariants { nodes { name } } drugs { nodes { name } } } }
                  resistanceMechanisms { nodes { name involves { nodes { name } } } }
                }
              }
            }
            """);

        Assert.Empty(response.ErrorCodes);
        var drugs = response.Data.GetProperty("drugs").GetProperty("nodes").GetArrayLength();
        Assert.Equal(SeedGraph.NodeCount(NodeKind.Drug), drugs);
        // The list, then one call per level: the drugs' adverse events, trials (both through their arms, in the store)
        // and mechanisms together; then the trials' variants and drugs and the mechanisms' links together.
        Assert.Equal(["ListNodes(Drug)", $"GetNeighbours({drugs} nodes)"], api.Store.Calls.Take(2));
        Assert.Equal(3, api.Store.Calls.Count);
        Assert.All(api.Store.Calls.Skip(2), call => Assert.StartsWith("GetNeighbours(", call, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoHopField_OverAllTrials_CostsOneCallPerHopNotPerTrial()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync("{ trials(first: 100) { nodes { adverseEvents { totalCount } drugs { totalCount } } } }");

        Assert.Empty(response.ErrorCodes);
        var trials = response.Data.GetProperty("trials").GetProperty("nodes").GetArrayLength();
        // Both hops of both fields in one branch each, both branches in one call.
        Assert.Equal(["ListNodes(Trial)", $"GetNeighbours({trials} nodes)"], api.Store.Calls);
    }

    [Fact]
    public async Task ClassInheritedEvidence_ForEveryVariant_CostsOneCallForTheWholeClassTree()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync("""
            { variants(first: 100) { nodes { key drugs(relation: SENSITIVE, includeClasses: true) { nodes { name } } } } }
            """);

        Assert.Empty(response.ErrorCodes);
        var yvma = response.Data.GetProperty("variants").GetProperty("nodes").EnumerateArray()
            .Single(v => v.GetProperty("key").GetString() == "ERBB2:A775_G776insYVMA");
        var drugs = yvma.GetProperty("drugs").GetProperty("nodes").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "poziotinib", "zongertinib", "trastuzumab deruxtecan" }, drugs);
        // The list, then one call: the store walks the class tree (exon 20 → TKD → activating) itself, however deep.
        var variants = SeedGraph.NodeCount(NodeKind.Variant);
        Assert.True(SeedGraph.ClassLevelsAbove(NodeKind.Variant) >= 2);
        Assert.Equal(variants, response.Data.GetProperty("variants").GetProperty("nodes").GetArrayLength());
        Assert.Equal(["ListNodes(Variant)", $"GetNeighbours({variants} nodes)"], api.Store.Calls);
    }

    [Fact]
    public async Task RelationshipEndsAndReferences_AcrossManyEdges_LoadInOneCall()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync("""
            {
              drug(name: "T-DXd") {
                arms { edges { relationship { from { name } to { name } } } }
                variants { edges { relationship { from { name } ... on SensitiveToRelationship { arm { name } } } } }
              }
            }
            """);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(1, api.Store.Calls.Count(call => call.StartsWith("GetNodes", StringComparison.Ordinal) && !call.StartsWith("GetNodes(1 ids)", StringComparison.Ordinal)));
    }
}
