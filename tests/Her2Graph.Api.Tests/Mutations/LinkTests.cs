using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>link and unlink between nodes already in the graph: typed properties, citations, evidence, idempotency.</summary>
public sealed class LinkTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    [Fact]
    public async Task Link_BetweenExistingNodes_CreatesTheRelationshipWithItsEvidence()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(Documents.Link, new { input = Documents.SensitiveTo(qualifier: "created cohort"), comment = "new cohort" });

        var payload = response.Data.GetProperty("link");
        var relationship = payload.GetProperty("relationship");
        Assert.True(payload.GetProperty("changed").GetBoolean());
        Assert.Equal("ERBB2:A775_G776insYVMA|SENSITIVE_TO|trastuzumab deruxtecan|created cohort", relationship.GetProperty("key").GetString());
        Assert.Equal("CLINICAL_TRIAL", relationship.GetProperty("evidenceLevel").GetString());
        Assert.Equal(Documents.SeededArm, relationship.GetProperty("armKey").GetString());
        Assert.Equal(["test note"], relationship.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("PMID:34534430", relationship.GetProperty("citations")[0].GetProperty("value").GetString());
        Assert.Equal(TestApiKeys.CuratorId, relationship.GetProperty("createdBy").GetString());
        Assert.Equal(before with { Version = before.Version + 1, RelationshipCount = before.RelationshipCount + 1 }, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task Link_WithGlobalIds_LinksTheSameNodes()
    {
        using var client = api.CreateCuratorClient();
        var ids = (await client.PostAsync("""{ variant(name: "YVMA") { id } drug(name: "Enhertu") { id } }""")).Data;
        var input = new
        {
            type = "SENSITIVE_TO",
            from = ids.GetProperty("variant").GetProperty("id").GetString(),
            to = ids.GetProperty("drug").GetProperty("id").GetString(),
            qualifier = "by global id",
            status = "UNVERIFIED",
            citations = new[] { "DOI:10.1056/NEJMoa2112431" },
        };

        var response = await client.PostAsync(Documents.Link, new { input });

        Assert.Equal("ERBB2:A775_G776insYVMA|SENSITIVE_TO|trastuzumab deruxtecan|by global id",
            response.Data.GetProperty("link").GetProperty("relationship").GetProperty("key").GetString());
    }

    [Fact]
    public async Task Link_SameInputTwice_WritesOnce()
    {
        using var client = api.CreateCuratorClient();
        var variables = new { input = Documents.SensitiveTo(qualifier: "twice cohort") };
        var first = (await client.PostAsync(Documents.Link, variables)).Data.GetProperty("link");
        var afterFirst = await GraphState.ReadAsync(client);

        var second = (await client.PostAsync(Documents.Link, variables)).Data.GetProperty("link");

        Assert.True(first.GetProperty("changed").GetBoolean());
        Assert.False(second.GetProperty("changed").GetBoolean());
        Assert.Equal(afterFirst, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task Unlink_ExistingRelationship_RemovesItOnce()
    {
        using var client = api.CreateCuratorClient();
        await client.PostAsync(Documents.Link, new { input = Documents.SensitiveTo(qualifier: "removed cohort") });
        var before = await GraphState.ReadAsync(client);
        var key = new { type = "SENSITIVE_TO", from = "ERBB2:A775_G776insYVMA", to = "trastuzumab deruxtecan", qualifier = "removed cohort" };

        var first = (await client.PostAsync(Documents.Unlink, new { input = key })).Data.GetProperty("unlink");
        var second = (await client.PostAsync(Documents.Unlink, new { input = key })).Data.GetProperty("unlink");

        Assert.True(first.GetProperty("changed").GetBoolean());
        Assert.Equal("ERBB2:A775_G776insYVMA|SENSITIVE_TO|trastuzumab deruxtecan|removed cohort", first.GetProperty("relationship").GetProperty("key").GetString());
        Assert.False(second.GetProperty("changed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("relationship").ValueKind);
        Assert.Equal(before with { Version = before.Version + 1, RelationshipCount = before.RelationshipCount - 1 }, await GraphState.ReadAsync(client));
    }
}
