using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Identifiers;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;

namespace Her2Graph.Storage.Neo4j.Tests.Writing;

/// <summary>
/// What the Http/Neo4jXrefWireTests leave out: the ids in a node row's search copies, the row of a node without
/// cross-references, a node stored before they were, the text index, and the written names the linter checks against.
/// </summary>
public sealed class Neo4jXrefRowTests : IDisposable
{
    private static readonly CrossReference[] YvmaXrefs =
    [
        new(XrefScheme.HgvsCoding, "NM_004448.4:c.2313_2324dup", VerificationStatus.Verified, "report fixture row"),
        new(XrefScheme.Clinvar, "44985", VerificationStatus.Verified, OtherAllele: true, Note: "ClinVar 44985 is the c.2314_2325dup allele"),
        new(XrefScheme.CtcaeV5, "10035742", VerificationStatus.FromKnowledge, Label: "Pneumonitis"),
    ];

    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task Write_NodeRow_CarriesCompactJsonAndTheIdsInTheSearchCopies()
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
        Assert.Contains(" nm 004448 4 c 2313 2324dup ", Text(row, "searchCode"), StringComparison.Ordinal);
        Assert.Contains(" 44985 ", Text(row, "searchCode"), StringComparison.Ordinal);
        Assert.Contains("|nm0044484c23132324dup|", Text(row, "exactKeys"), StringComparison.Ordinal);
        Assert.Contains("|10035742|", Text(row, "exactKeys"), StringComparison.Ordinal);
        Assert.Contains(" 10035742 ", Text(row, "searchText"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NodeWithoutXrefs_CarriesAnEmptyListAndNoKey()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(GraphWrite.Upsert([TestGraph.NodeById(TestGraph.Tdxd)], [], TestGraph.Seed), CancellationToken.None);

        Assert.Empty(TestGraph.NodeById(TestGraph.Tdxd).Xrefs);
        Assert.Equal("[]", Text(Row(), "xrefs"));
        Assert.Equal("|", Text(Row(), "xrefKeys"));
    }

    [Fact]
    public async Task GetNodes_NodeWrittenBeforeXrefsWereStored_HasNone()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.OneNode);

        var node = (await store.GetNodesAsync([TestGraph.Erbb2], CancellationToken.None))[TestGraph.Erbb2];

        Assert.DoesNotContain("xrefs", QueryApiResponses.OneNode, StringComparison.Ordinal);
        Assert.Empty(node.Xrefs);
    }

    [Fact]
    public void Statements_XrefLookup_IsAWholeKeyContainsTestOnTheTextIndexedProperty()
    {
        Assert.Contains("CREATE TEXT INDEX graph_node_xrefs IF NOT EXISTS FOR (n:GraphNode) ON (n.xrefKeys)", Neo4jStatements.Schema);
        Assert.Contains("WHERE n.xrefKeys CONTAINS toString(k.needle)", Neo4jStatements.NodesByXrefs, StringComparison.Ordinal);
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
}
