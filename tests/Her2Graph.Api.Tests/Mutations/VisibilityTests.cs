using Her2Graph.Api.Tests.Support;


namespace Her2Graph.Api.Tests.Mutations;

/// <summary>After a write returns, the very next query sees it, at the version the write reported.</summary>
public sealed class VisibilityTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    [Fact]
    public async Task Write_ThenNextQuery_SeesTheNewData()
    {
        using var curator = api.CreateCuratorClient();
        using var reader = api.CreateGraphQLClient();
        var first = (await reader.PostAsync("""{ drug(name: "afatinib") { dose } }""")).Data.GetProperty("drug");

        var written = (await curator.PostAsync("""
            mutation {
              upsertDrug(input: {key: "afatinib", name: "afatinib", aliases: ["Gilotrif"], status: VERIFIED, drugClass: "TKI", dose: "30 mg daily (test)"}) { version }
            }
            """)).Data.GetProperty("upsertDrug");
        var next = await reader.PostAsync("""{ drug(name: "Gilotrif") { dose updatedBy } graph { version } }""");

        Assert.NotEqual("30 mg daily (test)", first.GetProperty("dose").GetString());
        Assert.Equal("30 mg daily (test)", next.Data.GetProperty("drug").GetProperty("dose").GetString());
        Assert.Equal(TestApiKeys.CuratorId, next.Data.GetProperty("drug").GetProperty("updatedBy").GetString());
        Assert.Equal(written.GetProperty("version").GetInt32(), next.Data.GetProperty("graph").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Link_ThenNextQuery_TraversesTheNewRelationship()
    {
        using var curator = api.CreateCuratorClient();
        using var reader = api.CreateGraphQLClient();

        await curator.PostAsync(Documents.Link, new { input = Documents.SensitiveTo(qualifier: "visible cohort", note: "visible note") });
        var next = await reader.PostAsync("""
            { variant(name: "YVMA") { drugs(first: 100) { edges { node { key } relationship { qualifier ... on SensitiveToRelationship { notes } } } } } }
            """);

        var edge = next.Data.GetProperty("variant").GetProperty("drugs").GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("relationship").GetProperty("qualifier").GetString() == "visible cohort");
        Assert.Equal("trastuzumab deruxtecan", edge.GetProperty("node").GetProperty("key").GetString());
        Assert.Equal("visible note", edge.GetProperty("relationship").GetProperty("notes")[0].GetString());
    }
}
