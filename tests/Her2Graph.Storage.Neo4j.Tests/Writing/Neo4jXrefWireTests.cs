using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;
using static Her2Graph.Storage.Neo4j.Tests.Support.TypedJson;

namespace Her2Graph.Storage.Neo4j.Tests.Writing;

/// <summary>
/// Cross-references on the wire: what a node row carries (the JSON, the barred keys, the search copies), the lookup
/// statement and its parameters, and what the store makes of the rows it returns.
/// </summary>
public sealed class Neo4jXrefWireTests : IDisposable
{
    private const string CtcaeKey = "CTCAE_V5:10001551";

    private static readonly CrossReference[] YvmaXrefs =
    [
        new(XrefScheme.HgvsCoding, "NM_004448.4:c.2313_2324dup", VerificationStatus.Verified, "report fixture row"),
        new(XrefScheme.Clinvar, "44985", VerificationStatus.Verified, OtherAllele: true, Note: "ClinVar 44985 is the c.2314_2325dup allele"),
        new(XrefScheme.CtcaeV5, "10035742", VerificationStatus.FromKnowledge, Label: "Pneumonitis"),
    ];

    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task Write_NodeRow_CarriesXrefJsonBarredKeysAndTheIdsInTheSearchCopies()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Yvma) with { Xrefs = YvmaXrefs }], [], TestGraph.Seed), CancellationToken.None);

        var row = Row();
        Assert.Equal(
            """[{"scheme":"HGVS_CODING","id":"NM_004448.4:c.2313_2324dup","status":"VERIFIED","source":"report fixture row"},"""
            + """{"scheme":"CLINVAR","id":"44985","status":"VERIFIED","otherAllele":true,"note":"ClinVar 44985 is the c.2314_2325dup allele"},"""
            + """{"scheme":"CTCAE_V5","id":"10035742","status":"FROM_KNOWLEDGE","label":"Pneumonitis"}]""",
            Text(row, "xrefs"));
        Assert.Equal("|HGVS_CODING:NM_004448.4:c.2313_2324dup|CLINVAR:44985|CTCAE_V5:10035742|", Text(row, "xrefKeys"));
        Assert.Contains(" nm 004448 4 c 2313 2324dup ", Text(row, "searchCode"), StringComparison.Ordinal);
        Assert.Contains(" clinvar 44985 ", Text(row, "searchCode"), StringComparison.Ordinal);
        Assert.Contains("|nm0044484c23132324dup|", Text(row, "exactKeys"), StringComparison.Ordinal);
        Assert.Contains("|ctcaev510035742|", Text(row, "exactKeys"), StringComparison.Ordinal);
        Assert.Contains(" 10035742 ", Text(row, "searchText"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NodeWithoutXrefs_CarriesAnEmptyListAndNoKey()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Erbb2)], [], TestGraph.Seed), CancellationToken.None);

        Assert.Equal("[]", Text(Row(), "xrefs"));
        Assert.Equal("||", Text(Row(), "xrefKeys"));
    }

    [Fact]
    public async Task FindNodesByXrefs_Rows_GroupByKeyInIdOrderKeepingOnlyNodesThatCarryTheKey()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        var ctcae = """[{"scheme":"CTCAE_V5","id":"10001551","status":"VERIFIED","label":"Alanine aminotransferase increased"}]""";
        _server.Respond(Response(
            ["needle", "node"],
            [S($"|{CtcaeKey}|"), WithXrefs(Node("transaminases increased", "AdverseEvent", "transaminases increased"), ctcae)],
            [S($"|{CtcaeKey}|"), WithXrefs(Node("ALT increased", "AdverseEvent", "ALT increased"), ctcae)],

            // What a substring test could find that is no key of the node: the store compares the node's own keys.
            [S("|CLINVAR:44985|"), WithXrefs(Node("ERBB2:odd", "Variant", "odd"), """[{"scheme":"COSMIC","id":"COSM1","status":"VERIFIED"}]""")]));

        var found = await store.FindNodesByXrefsAsync([CtcaeKey, "CLINVAR:44985", CtcaeKey, ""], CancellationToken.None);

        var request = _server.Requests.Single();
        Assert.Equal(Neo4jStatements.NodesByXrefKeys, request.Statement);
        Assert.Equal(
            [$"|{CtcaeKey}|", "|CLINVAR:44985|"],
            request.Parameters.GetProperty("needles").GetProperty("_value").EnumerateArray().Select(n => n.GetProperty("_value").GetString()));
        Assert.Equal([CtcaeKey], found.Keys);
        Assert.Equal(["ALT increased", "transaminases increased"], found[CtcaeKey].Select(n => n.Id));
        Assert.Equal(
            new CrossReference(XrefScheme.CtcaeV5, "10001551", VerificationStatus.Verified, Label: "Alanine aminotransferase increased"),
            found[CtcaeKey][0].Xrefs.Single());
    }

    [Theory]
    [InlineData]
    [InlineData("")]
    public async Task FindNodesByXrefs_NoKey_SendsNothing(params string[] keys)
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        Assert.Empty(await store.FindNodesByXrefsAsync(keys, CancellationToken.None));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task GetNodes_NodeWrittenBeforeXrefsWereStored_HasNone()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.OneNode);

        var node = (await store.GetNodesAsync([TestGraph.Erbb2], CancellationToken.None))[TestGraph.Erbb2];

        Assert.Empty(node.Xrefs);
        Assert.DoesNotContain("xrefs", QueryApiResponses.OneNode, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_XrefLookup_IsAWholeKeyContainsTestOnTheTextIndexedProperty()
    {
        Assert.Contains("CREATE TEXT INDEX graph_node_xref_keys IF NOT EXISTS FOR (n:GraphNode) ON (n.xrefKeys)", Neo4jStatements.Schema);
        Assert.Contains("WHERE n.xrefKeys CONTAINS needle", Neo4jStatements.NodesByXrefKeys, StringComparison.Ordinal);
        Assert.Contains(".xrefs}", Neo4jStatements.NodesByIds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdapterSchema_ThatTheLinterChecksStatementsAgainst_HoldsTheXrefProperties()
    {
        var schema = await Cypher.AdapterSchema.ReadAsync();

        Assert.Contains("xrefs", schema.PropertyKeys);
        Assert.Contains("xrefKeys", schema.PropertyKeys);
    }

    public void Dispose() => _server.Dispose();

    private System.Text.Json.JsonElement Row() =>
        _server.Requests.Single(r => r.Statement == Neo4jStatements.UpsertNodes).Parameters.GetProperty("rows").GetProperty("_value")[0].GetProperty("_value");

    private static string? Text(System.Text.Json.JsonElement row, string name) => row.GetProperty(name).GetProperty("_value").GetString();

    private static JsonObject WithXrefs(JsonObject node, string json)
    {
        node["_value"]!["xrefs"] = S(json);
        return node;
    }
}
