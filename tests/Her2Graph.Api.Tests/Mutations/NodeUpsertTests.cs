using Her2Graph.Api.Tests.Support;


namespace Her2Graph.Api.Tests.Mutations;

/// <summary>upsert&lt;Kind&gt;: create, replace as a whole, idempotent, audited.</summary>
public sealed class NodeUpsertTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    [Fact]
    public async Task UpsertDrug_NewKey_CreatesTheDrugWithAuditStamps()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("createinib", "Createinib", "40 mg daily", "CRT-1"), comment = "new TKI" });

        var payload = response.Data.GetProperty("upsertDrug");
        var drug = payload.GetProperty("drug");
        Assert.True(payload.GetProperty("changed").GetBoolean());
        Assert.Equal(before.Version + 1, payload.GetProperty("version").GetInt32());
        Assert.Equal("Createinib", drug.GetProperty("name").GetString());
        Assert.Equal("TKI", drug.GetProperty("drugClass").GetString());
        Assert.Equal("40 mg daily", drug.GetProperty("dose").GetString());
        Assert.Equal(["CRT-1"], drug.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(CuratorApiFactory.Now, drug.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(TestApiKeys.CuratorId, drug.GetProperty("createdBy").GetString());
        Assert.Equal(before with { Version = before.Version + 1, NodeCount = before.NodeCount + 1 }, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task UpsertDrug_SameInputTwice_WritesOnceAndBumpsTheVersionOnce()
    {
        using var client = api.CreateCuratorClient();
        var variables = new { input = Documents.Drug("twiceinib", "Twiceinib", alias: "TWC-1") };
        var first = (await client.PostAsync(Documents.UpsertDrug, variables)).Data.GetProperty("upsertDrug");
        var afterFirst = await GraphState.ReadAsync(client);

        var second = (await client.PostAsync(Documents.UpsertDrug, variables)).Data.GetProperty("upsertDrug");

        Assert.True(first.GetProperty("changed").GetBoolean());
        Assert.False(second.GetProperty("changed").GetBoolean());
        Assert.Equal(first.GetProperty("version").GetInt32(), second.GetProperty("version").GetInt32());
        Assert.Equal(afterFirst, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task UpsertDrug_ExistingKey_ReplacesTheWholeContent()
    {
        using var client = api.CreateCuratorClient();
        await client.PostAsync(Documents.UpsertDrug, new { input = Documents.Drug("replaceinib", "Replaceinib", "40 mg daily", "RPL-1") });

        var response = await client.PostAsync(Documents.UpsertDrug, new { input = new { key = "replaceinib", name = "Replaceinib (renamed)", status = "FROM_KNOWLEDGE" } });

        var payload = response.Data.GetProperty("upsertDrug");
        var drug = payload.GetProperty("drug");
        Assert.True(payload.GetProperty("changed").GetBoolean());
        Assert.Equal("Replaceinib (renamed)", drug.GetProperty("name").GetString());
        Assert.Equal("FROM_KNOWLEDGE", drug.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, drug.GetProperty("dose").ValueKind);
        Assert.Empty(drug.GetProperty("aliases").EnumerateArray());
    }

    [Fact]
    public async Task UpsertGene_TypedProperties_AreStoredAndRead()
    {
        using var client = api.CreateCuratorClient();

        var response = await client.PostAsync("""
            mutation {
              upsertGene(input: {key: "TESTG1", name: "test gene 1", status: VERIFIED, cytoband: "1p1", xrefs: [{scheme: NCBI_GENE, id: "424242", status: FROM_KNOWLEDGE, source: "test"}], prevalence: ["1% (test cohort)"]}) {
                gene { key xrefs { key status source } cytoband prevalence }
              }
            }
            """);

        var gene = response.Data.GetProperty("upsertGene").GetProperty("gene");
        var xref = Assert.Single(gene.GetProperty("xrefs").EnumerateArray());
        Assert.Equal(("NCBI_GENE:424242", "FROM_KNOWLEDGE", "test"), (xref.GetProperty("key").GetString(), xref.GetProperty("status").GetString(), xref.GetProperty("source").GetString()));
        Assert.Equal("1p1", gene.GetProperty("cytoband").GetString());
        Assert.Equal(["1% (test cohort)"], gene.GetProperty("prevalence").EnumerateArray().Select(p => p.GetString()));
    }
}
