using Her2Graph.Domain.Identifiers;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;
using static Her2Graph.Storage.Neo4j.Tests.Support.TypedJson;

namespace Her2Graph.Storage.Neo4j.Tests.Http;

/// <summary>Cross-references on the wire: what a node row carries, what the lookup binds and how its rows decode.</summary>
public sealed class Neo4jXrefWireTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task WrittenNode_CarriesItsXrefsAsJson_AndItsKeysBetweenBars()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);

        var yvma = _server.Requests.Single(r => r.Statement == Neo4jStatements.UpsertNodes).Parameters.GetProperty("rows").GetProperty("_value")
            .EnumerateArray().Select(row => row.GetProperty("_value"))
            .Single(row => row.GetProperty("id").GetProperty("_value").GetString() == TestGraph.Yvma);

        Assert.Equal(
            "|HGVS_CODING:NM_004448.4:c.2313_2324dup|HGVS_CODING:NM_004448.4:c.2314_2325dup|DBSNP:rs397516975|",
            yvma.GetProperty("xrefKeys").GetProperty("_value").GetString());
        Assert.Equal(
            TestGraph.NodeById(TestGraph.Yvma).Xrefs,
            CrossReferenceJson.Read(yvma.GetProperty("xrefs").GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task FindNodesByXrefs_BindsEachKeyWithItsBarredNeedle_AndGroupsRowsByKey()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        var carrier = Node("ILD/pneumonitis", "AdverseEvent", "ILD/pneumonitis");
        carrier["_value"]!["xrefs"] = S("""[{"scheme":"CTCAE_V5","id":"10035742","status":"VERIFIED","label":"Pneumonitis"}]""");
        _server.Respond(Response(
            ["key", "node"],
            [S("CTCAE_V5:10035742"), carrier],
            [S("CTCAE_V5:10035742"), Node("pneumonitis", "AdverseEvent", "pneumonitis")]));

        var found = await store.FindNodesByXrefsAsync(["CTCAE_V5:10035742", "HGNC:3"], CancellationToken.None);

        Assert.Equal(["ILD/pneumonitis", "pneumonitis"], found["CTCAE_V5:10035742"].Select(n => n.Id));
        Assert.Equal("Pneumonitis", Assert.Single(found["CTCAE_V5:10035742"][0].Xrefs).Label);
        Assert.Empty(found["CTCAE_V5:10035742"][1].Xrefs);
        Assert.False(found.ContainsKey("HGNC:3"));
        var request = _server.Requests.Single();
        Assert.Equal(Neo4jStatements.NodesByXrefs, request.Statement);
        var needles = request.Parameters.GetProperty("keys").GetProperty("_value").EnumerateArray()
            .Select(k => k.GetProperty("_value").GetProperty("needle").GetProperty("_value").GetString());
        Assert.Equal(["|CTCAE_V5:10035742|", "|HGNC:3|"], needles);
    }

    [Fact]
    public async Task FindNodesByXrefs_NoKeys_SendsNothing()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        Assert.Empty(await store.FindNodesByXrefsAsync([], CancellationToken.None));
        Assert.Empty(_server.Requests);
    }

    public void Dispose() => _server.Dispose();
}
