using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Queries;

/// <summary>One store round trip per level of a query, never one per node.</summary>
public sealed class BatchingTests(RecordingApiFactory api) : IClassFixture<RecordingApiFactory>
{
    [Fact]
    public async Task ThreeLevelQuery_OverAllDrugs_MakesAtMostThreeStoreCalls()
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
        Assert.Equal(21, response.Data.GetProperty("drugs").GetProperty("nodes").GetArrayLength());
        Assert.Equal(["ListNodes(Drug)", "GetNeighbours(21 nodes)"], api.Store.Calls.Take(2));
        Assert.Equal(3, api.Store.Calls.Count);
    }

    [Fact]
    public async Task RelationshipEnds_AcrossManyEdges_LoadInOneCall()
    {
        using var client = api.CreateGraphQLClient();
        await client.PostAsync("{ __typename }");
        api.Store.Clear();

        var response = await client.PostAsync("""
            { drug(name: "T-DXd") { adverseEvents { edges { relationship { from { name } to { name } trialNode { name } } } } } }
            """);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal(1, api.Store.Calls.Count(call => call.StartsWith("GetNodes", StringComparison.Ordinal) && !call.StartsWith("GetNodes(1 ids)", StringComparison.Ordinal)));
    }
}
