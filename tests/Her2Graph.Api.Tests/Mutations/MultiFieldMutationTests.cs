using Her2Graph.Api.Tests.Support;


namespace Her2Graph.Api.Tests.Mutations;

/// <summary>Mutation fields run in order, and each sees what the ones before it wrote, nested nodes included.</summary>
public sealed class MultiFieldMutationTests : IDisposable
{
    private readonly CuratorApiFactory _api = new();

    [Fact]
    public async Task LaterMutationField_ReachingANodeAnEarlierFieldChanged_SeesTheChange()
    {
        using var client = _api.CreateCuratorClient();

        var response = await client.PostAsync("""
            mutation {
              before: link(input: { type: TARGETS, from: "afatinib", to: "EGFR", qualifier: "test one", status: UNVERIFIED, citations: ["PMID:1"] }) {
                relationship { from { name } }
              }
              rename: upsertDrug(input: { key: "afatinib", name: "afatinib (renamed)", status: UNVERIFIED }) { drug { name } }
              after: link(input: { type: TARGETS, from: "afatinib", to: "EGFR", qualifier: "test two", status: UNVERIFIED, citations: ["PMID:2"] }) {
                relationship { from { name } }
              }
            }
            """);

        Assert.Empty(response.ErrorCodes);
        Assert.Equal("afatinib", response.Data.GetProperty("before").GetProperty("relationship").GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("afatinib (renamed)", response.Data.GetProperty("after").GetProperty("relationship").GetProperty("from").GetProperty("name").GetString());
    }

    public void Dispose() => _api.Dispose();
}
