using System.Text.Json;
using Her2Graph.Api.Tests.Support;

namespace Her2Graph.Api.Tests.Mutations;

/// <summary>Parallel writers through HTTP lose no update: each write is one serialised transaction, versions count the changes.</summary>
public sealed class ConcurrencyTests
{
    private const int Writers = 20;

    [Fact]
    public async Task UpsertDrug_ParallelWritersOnOneNode_EndWithOneOfTheirInputs()
    {
        using var api = new CuratorApiFactory();
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);
        var doses = Enumerable.Range(1, Writers).Select(i => $"{i} mg").ToList();

        var payloads = await Task.WhenAll(doses.Select(dose => PostAsync(client, Documents.UpsertDrug, new { input = Documents.Drug("parallelinib", "Parallelinib", dose) }, "upsertDrug")));

        var after = await GraphState.ReadAsync(client);
        var stored = (await client.PostAsync("""{ drug(name: "parallelinib") { dose } }""")).Data.GetProperty("drug").GetProperty("dose").GetString();
        Assert.Contains(stored, doses);
        Assert.Equal(Writers, payloads.Count(p => p.GetProperty("changed").GetBoolean()));
        Assert.Equal(before.Version + Writers, after.Version);
        Assert.Equal(before.NodeCount + 1, after.NodeCount);
        Assert.Equal(Writers, payloads.Select(p => p.GetProperty("version").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task Link_ParallelWritersOnOneRelationship_EndWithOneOfTheirInputs()
    {
        using var api = new CuratorApiFactory();
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);
        var notes = Enumerable.Range(1, Writers).Select(i => $"writer {i}").ToList();

        var payloads = await Task.WhenAll(notes.Select(note => PostAsync(client, Documents.Link, new { input = Documents.SensitiveTo(qualifier: "contended", note: note) }, "link")));

        var after = await GraphState.ReadAsync(client);
        var stored = await YvmaDrugRelationshipsAsync(client);
        Assert.Contains(stored["contended"].GetProperty("notes")[0].GetString(), notes);
        Assert.Equal(Writers, payloads.Count(p => p.GetProperty("changed").GetBoolean()));
        Assert.Equal(before.Version + Writers, after.Version);
        Assert.Equal(before.RelationshipCount + 1, after.RelationshipCount);
    }

    [Fact]
    public async Task Link_ParallelWritersOfDistinctRelationships_AllArePresent()
    {
        using var api = new CuratorApiFactory();
        using var client = api.CreateCuratorClient();
        var before = await GraphState.ReadAsync(client);
        var qualifiers = Enumerable.Range(1, Writers).Select(i => $"cohort {i:00}").ToList();

        await Task.WhenAll(qualifiers.Select(q => PostAsync(client, Documents.Link, new { input = Documents.SensitiveTo(qualifier: q) }, "link")));

        var after = await GraphState.ReadAsync(client);
        Assert.Equal(new GraphState(before.Version + Writers, before.NodeCount, before.RelationshipCount + Writers), after);
        var stored = await YvmaDrugRelationshipsAsync(client);
        Assert.All(qualifiers, q => Assert.True(stored.ContainsKey(q), $"{q} is missing"));
    }

    // The relationships from YVMA to drugs, by qualifier.
    private static async Task<Dictionary<string, JsonElement>> YvmaDrugRelationshipsAsync(GraphQLClient client)
    {
        var response = await client.PostAsync("""
            { variant(name: "YVMA") { drugs(first: 100) { edges { relationship { qualifier ... on SensitiveToRelationship { notes } } } } } }
            """);
        return response.Data.GetProperty("variant").GetProperty("drugs").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("relationship"))
            .ToDictionary(r => r.GetProperty("qualifier").GetString()!, r => r);
    }

    private static async Task<JsonElement> PostAsync(GraphQLClient client, string document, object variables, string field)
    {
        var response = await client.PostAsync(document, variables);
        Assert.Empty(response.ErrorCodes);
        return response.Data.GetProperty(field);
    }
}
