using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>importGraph: one transaction, all or nothing; dry runs report and write nothing; re-imports change nothing.</summary>
public sealed class ImportGraphTests(CuratorApiFactory api) : IClassFixture<CuratorApiFactory>
{
    private static object Batch(string prefix, object? badRelationshipProperties = null) => new
    {
        nodes = new object[]
        {
            new { kind = "Drug", key = $"{prefix}-drug", name = $"{prefix} drug", status = "VERIFIED", properties = new { drugClass = "ADC", regulatoryNotes = new[] { "none" } } },
            new { kind = "ResistanceMechanism", key = $"{prefix}-mechanism", name = $"{prefix} mechanism", status = "UNVERIFIED", citations = new[] { "REF: a test" } },
        },
        relationships = new object[]
        {
            new { type = "CONFERS_RESISTANCE_TO", from = $"{prefix}-mechanism", to = $"{prefix}-drug", status = "UNVERIFIED", citations = new[] { "PMID:1" } },
            new { type = "TARGETS", from = $"{prefix}-drug", to = "ERBB2", status = "VERIFIED", citations = new[] { "PMID:2" }, properties = new { mechanism = "binds HER2" } },
            new
            {
                type = "ENROLLS", from = "NCT04644237", to = "ERBB2:A775_G776insYVMA", qualifier = prefix, status = "VERIFIED", evidence = "RANDOMIZED_TRIAL",
                citations = new[] { "NCT04644237" }, properties = badRelationshipProperties ?? new { sharePercent = 55, notes = new[] { "a test share" } },
            },
        },
    };

    [Fact]
    public async Task ImportGraph_ValidBatch_WritesEverythingInOneVersion()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(Documents.ImportGraph, new { input = Batch("written"), comment = "batch" });

        var payload = response.Data.GetProperty("importGraph");
        Assert.False(payload.GetProperty("dryRun").GetBoolean());
        Assert.True(payload.GetProperty("changed").GetBoolean());
        Assert.Equal(before.Version + 1, payload.GetProperty("version").GetInt32());
        Assert.Equal(2, payload.GetProperty("nodeCounts").GetProperty("created").GetInt32());
        Assert.Equal(3, payload.GetProperty("relationshipCounts").GetProperty("created").GetInt32());
        Assert.Equal(["written-drug", "written-mechanism"], payload.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
        Assert.All(payload.GetProperty("relationships").EnumerateArray(), r => Assert.Equal(TestApiKeys.CuratorId, r.GetProperty("createdBy").GetString()));
        Assert.Equal(new GraphState(before.Version + 1, before.NodeCount + 2, before.RelationshipCount + 3), await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task ImportGraph_SameBatchTwice_ChangesNothingTheSecondTime()
    {
        using var client = api.CreateCuratorClient();
        await client.PostAsync(Documents.ImportGraph, new { input = Batch("again") });
        var afterFirst = await GraphState.ReadAsync(client);

        var second = (await client.PostAsync(Documents.ImportGraph, new { input = Batch("again") })).Data.GetProperty("importGraph");

        Assert.False(second.GetProperty("changed").GetBoolean());
        Assert.Equal(2, second.GetProperty("nodeCounts").GetProperty("unchanged").GetInt32());
        Assert.Equal(3, second.GetProperty("relationshipCounts").GetProperty("unchanged").GetInt32());
        Assert.Equal(afterFirst, await GraphState.ReadAsync(client));
    }

    [Fact]
    public async Task ImportGraph_OneBadRecord_WritesNothing()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(Documents.ImportGraph, new { input = Batch("atomic", new { sharePercent = 155 }) });

        Assert.Equal([("OUT_OF_RANGE", "input.relationships[2].properties.sharePercent")], InputErrors.Of(response));
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("importGraph").ValueKind);
        Assert.Equal(before, await GraphState.ReadAsync(client));
        Assert.False(await GraphState.HasNodeAsync(client, "atomic-drug"));
    }

    [Fact]
    public async Task ImportGraph_DryRun_ReportsWhatWouldChangeAndWritesNothing()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(Documents.ImportGraph, new { input = Batch("dry"), dryRun = true });

        var payload = response.Data.GetProperty("importGraph");
        Assert.True(payload.GetProperty("dryRun").GetBoolean());
        Assert.True(payload.GetProperty("valid").GetBoolean());
        Assert.True(payload.GetProperty("changed").GetBoolean());
        Assert.Equal(before.Version, payload.GetProperty("version").GetInt32());
        Assert.Equal(2, payload.GetProperty("nodeCounts").GetProperty("created").GetInt32());
        Assert.Equal(3, payload.GetProperty("relationshipCounts").GetProperty("created").GetInt32());
        Assert.Empty(payload.GetProperty("problems").EnumerateArray());
        Assert.Equal(before, await GraphState.ReadAsync(client));
        Assert.False(await GraphState.HasNodeAsync(client, "dry-drug"));
    }

    [Fact]
    public async Task ImportGraph_DryRunWithProblems_ReportsEveryProblemAsData()
    {
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);

        var response = await client.PostAsync(Documents.ImportGraph, new { input = Batch("dry-bad", new { sharePercent = 155, potency = "high" }), dryRun = true });

        var payload = response.Data.GetProperty("importGraph");
        Assert.False(response.Json.TryGetProperty("errors", out _));
        Assert.False(payload.GetProperty("valid").GetBoolean());
        Assert.Equal(
            [("UNKNOWN_PROPERTY", "input.relationships[2].properties.potency"), ("OUT_OF_RANGE", "input.relationships[2].properties.sharePercent")],
            payload.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("code").GetString(), p.GetProperty("inputPath").GetString())));
        Assert.Equal(before, await GraphState.ReadAsync(client));
    }
}
