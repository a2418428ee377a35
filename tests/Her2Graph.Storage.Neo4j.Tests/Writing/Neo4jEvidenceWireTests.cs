using System.Text.Json;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;
using static Her2Graph.Storage.Neo4j.Tests.Support.TypedJson;

namespace Her2Graph.Storage.Neo4j.Tests.Writing;

/// <summary>
/// The kinds, types and property shapes of the evidence model on the wire: every property of a trial arm gets its flat
/// <c>p_</c> copy in the Neo4j type a filter compares (choices and dates as strings, choice lists as string lists,
/// figures as Integer or Float, flags as Boolean), every relationship type is created by its own statement, and reads
/// decode the new kinds and types.
/// </summary>
public sealed class Neo4jEvidenceWireTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();

    [Theory]
    [InlineData(TestGraph.Arm, "p_analysis", "String", "PRIMARY")]
    [InlineData(TestGraph.Arm, "p_dataCutoff", "String", "2022-12-23")]
    [InlineData(TestGraph.Arm, "p_priorTherapyRequired", "String", "PLATINUM_CHEMOTHERAPY")]
    [InlineData(TestGraph.Arm, "p_n", "Integer", "102")]
    [InlineData(TestGraph.Arm, "p_orrCi95Upper", "Float", "59.1")]
    [InlineData(TestGraph.ZenithArm, "p_medianDorMonthsDerived", "Boolean", "True")]
    [InlineData(TestGraph.ZenithArm, "p_medianPfsCi95UpperNotEstimable", "Boolean", "True")]
    [InlineData(TestGraph.Approval, "p_reviewDesignations", "String", "PRIORITY_REVIEW")]
    [InlineData(TestGraph.Oncomine, "p_specimens", "String", "TISSUE")]
    public async Task Write_EvidenceNodeRow_CarriesAFlatListCopyOfEveryPropertyShape(string id, string copy, string type, string first)
    {
        var rows = await WrittenNodeRowsAsync();

        var list = rows[id].GetProperty(copy);
        Assert.Equal("List", list.GetProperty("$type").GetString());
        var element = list.GetProperty("_value")[0];
        Assert.Equal(type, element.GetProperty("$type").GetString());
        Assert.Equal(first, element.GetProperty("_value").ToString());
    }

    [Fact]
    public async Task Write_EvidenceNodeRows_CopyEveryPropertyAndKeepTheJsonExact()
    {
        var rows = await WrittenNodeRowsAsync();

        Assert.All(TestGraph.Nodes, node =>
        {
            var row = rows[node.Id];
            Assert.Equal(node.Properties.Json, row.GetProperty("properties").GetProperty("_value").GetString());
            Assert.All(node.Properties.Keys, name => Assert.True(row.TryGetProperty("p_" + name, out _), $"{node.Id} has no copy of {name}"));
            Assert.Equal(node.Kind.ToString(), row.GetProperty("kind").GetProperty("_value").GetString());
        });
    }

    [Fact]
    public async Task Write_StandardGraph_CreatesEachRelationshipTypeWithItsOwnStatement()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);

        foreach (var type in TestGraph.Relationships.Select(r => r.Type).Distinct())
        {
            var request = Assert.Single(_server.Requests, r => r.Statement == Neo4jStatements.CreateRelationships[type]);
            Assert.Contains($"[r:{type.ToWireName()}]", request.Statement, StringComparison.Ordinal);
            var rows = request.Parameters.GetProperty("rows").GetProperty("_value").EnumerateArray().ToList();
            Assert.Equal(TestGraph.Relationships.Count(r => r.Type == type), rows.Count);
        }

        var sensitive = _server.Requests.Single(r => r.Statement == Neo4jStatements.CreateRelationships[RelationshipType.SensitiveTo]);
        var properties = sensitive.Parameters.GetProperty("rows").GetProperty("_value").EnumerateArray()
            .Select(row => row.GetProperty("_value").GetProperty("properties").GetProperty("_value").GetProperty("properties").GetProperty("_value").GetString())
            .ToList();
        Assert.Contains(properties, json => json == PropertyBag.Of(("arm", TestGraph.Lung01Arm)).Json);
    }

    [Fact]
    public async Task GetStatistics_RowsOfTheEvidenceKindsAndTypes_AreCounted()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            ["version", "nodes", "relationships"],
            [I(2), L(L(S("TrialArm"), I(59)), L(S("Approval"), I(7)), L(S("CompanionDiagnostic"), I(3)), L(S("Disease"), I(3)), L(S("Pathway"), I(2))),
             L(L(S("HAS_ARM"), I(59)), L(S("STUDIES"), I(60)), L(S("OVERCOME_BY"), I(4)), L(S("APPROVED_WITH"), I(5)), L(S("SUBTYPE_OF"), I(2)))]));

        var statistics = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(
            (59, 7, 3, 3, 2),
            (statistics.NodeCounts[NodeKind.TrialArm], statistics.NodeCounts[NodeKind.Approval], statistics.NodeCounts[NodeKind.CompanionDiagnostic],
             statistics.NodeCounts[NodeKind.Disease], statistics.NodeCounts[NodeKind.Pathway]));
        Assert.Equal(
            (59, 60, 4, 5, 2),
            (statistics.RelationshipCounts[RelationshipType.HasArm], statistics.RelationshipCounts[RelationshipType.Studies],
             statistics.RelationshipCounts[RelationshipType.OvercomeBy], statistics.RelationshipCounts[RelationshipType.ApprovedWith],
             statistics.RelationshipCounts[RelationshipType.SubtypeOf]));
        Assert.Equal(0, statistics.RelationshipCounts[RelationshipType.InPathway]);
    }

    [Fact]
    public async Task GetNeighbours_ArmRows_DecodeTheKindTypeAndProperties()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        var arm = Node(TestGraph.Arm, "TrialArm", "DESTINY-Lung02, 5.4 mg/kg, primary analysis");
        arm["_value"]!["properties"] = S("""{"analysis":"PRIMARY","orrCi95Lower":39.0,"priorTherapyRequired":["PLATINUM_CHEMOTHERAPY"]}""");
        _server.Respond(Response(
            ["tag", "origin", "total", "edges", "numbers", "facets"],
            [S(string.Empty), S(TestGraph.Lung02), I(1), L(M(("incoming", I(0)), ("relationship", Relationship("HAS_ARM", TestGraph.Lung02, TestGraph.Arm)), ("node", arm))), L(), L()]));

        var neighbour = Assert.Single((await store.GetAllNeighboursAsync([TestGraph.Lung02], Direction.Outgoing, null, CancellationToken.None))[TestGraph.Lung02]);

        Assert.Equal(RelationshipType.HasArm, neighbour.Relationship.Type);
        Assert.Equal(NodeKind.TrialArm, neighbour.Node.Kind);
        Assert.Equal("PRIMARY", neighbour.Node.Properties.GetText("analysis"));
        Assert.Equal("""{"analysis":"PRIMARY","orrCi95Lower":39.0,"priorTherapyRequired":["PLATINUM_CHEMOTHERAPY"]}""", neighbour.Node.Properties.Json);
    }

    [Fact]
    public async Task Write_RelationshipRows_CarryListCopiesOfTheirPropertiesForFilters()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);

        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);

        var events = _server.Requests.Single(r => r.Statement == Neo4jStatements.CreateRelationships[RelationshipType.HasAdverseEvent]).Parameters
            .GetProperty("rows").GetProperty("_value").EnumerateArray()
            .Select(row => row.GetProperty("_value").GetProperty("properties").GetProperty("_value"))
            .ToDictionary(p => p.GetProperty("key").GetProperty("_value").GetString()!);
        var ild = events[$"{TestGraph.Arm}|HAS_ADVERSE_EVENT|{TestGraph.Ild}|"];
        Assert.Equal("12.9", ild.GetProperty("p_anyGradePercent").GetProperty("_value")[0].GetProperty("_value").GetString());
        Assert.Equal("5.0", ild.GetProperty("p_ctcaeVersion").GetProperty("_value")[0].GetProperty("_value").GetString());
        Assert.False(ild.TryGetProperty("p_grade5Count", out _));
    }

    public void Dispose() => _server.Dispose();

    private async Task<Dictionary<string, JsonElement>> WrittenNodeRowsAsync()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(QueryApiResponses.BeginWithVersionZero, QueryApiResponses.Affinity);
        await store.WriteAsync(TestGraph.Standard(), CancellationToken.None);
        return _server.Requests.Single(r => r.Statement == Neo4jStatements.UpsertNodes).Parameters.GetProperty("rows").GetProperty("_value")
            .EnumerateArray()
            .Select(row => row.GetProperty("_value"))
            .ToDictionary(row => row.GetProperty("id").GetProperty("_value").GetString()!);
    }
}
