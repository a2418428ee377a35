using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Contract;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;
using static Her2Graph.Storage.Neo4j.Tests.Support.TypedJson;

namespace Her2Graph.Storage.Neo4j.Tests.Http;

/// <summary>
/// What the store makes of the rows each read statement returns, and which parameters it binds: the C# half of
/// every read, checked without a server. (Whether Neo4j returns those rows is the contract suite's job.)
/// </summary>
public sealed class Neo4jReadDecodingTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task GetStatistics_Rows_FillEveryKindAndTypeWithZeroesForTheRest()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(["version", "nodes", "relationships"], [I(3), L(L(S("Drug"), I(2))), L(L(S("TARGETS"), I(4)), L(S("NOT_OURS"), I(9)))]));

        var statistics = await store.GetStatisticsAsync(CancellationToken.None);

        Assert.Equal(3, statistics.Version);
        Assert.Equal(2, statistics.NodeCounts[NodeKind.Drug]);
        Assert.Equal(0, statistics.NodeCounts[NodeKind.Gene]);
        Assert.Equal(4, statistics.RelationshipCounts[RelationshipType.Targets]);
        Assert.Equal(Enum.GetValues<RelationshipType>().Length, statistics.RelationshipCounts.Count);
    }

    [Fact]
    public async Task GetVersion_Row_IsTheCheapStatement()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(["graphId", "version"], [S("8f14e45f-ceea-467f-a0e6-0a7c2b9d3e11"), I(12)]));

        Assert.Equal(new GraphVersion("8f14e45f-ceea-467f-a0e6-0a7c2b9d3e11", 12), await store.GetVersionAsync(CancellationToken.None));
        Assert.Equal(Neo4jStatements.ReadVersion, _server.Requests.Single().Statement);
    }

    [Fact]
    public async Task GetVersion_NoMetaNode_GivesEveryReadAnIdOfItsOwn()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(["graphId", "version"], [S(null), I(0)]));
        _server.Respond(Response(["graphId", "version"], [S(null), I(0)]));

        var first = await store.GetVersionAsync(CancellationToken.None);
        var second = await store.GetVersionAsync(CancellationToken.None);

        Assert.Equal(0, first.Number);
        Assert.NotEqual(first.GraphId, second.GraphId);
    }

    [Fact]
    public async Task GetChanges_Rows_DecodeWithNullComment()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(["change"], [M(("version", I(2)), ("sequence", I(1)), ("at", S("2026-01-01T00:01:00.0000000+00:00")),
            ("actor", S("curator-key")), ("comment", S(null)), ("operation", S("Updated")), ("entityType", S("node")), ("entityKey", S("ERBB2")))]));

        var changes = await store.GetChangesAsync(new ChangeQuery(1, 10), CancellationToken.None);

        Assert.Equal(new ChangeRecord(2, 1, TestGraph.T0.AddMinutes(1), "curator-key", null, ChangeOperation.Updated, "node", "ERBB2"), Assert.Single(changes));
    }

    [Fact]
    public async Task FindPaths_Row_BuildsStepsWithDirectionsAndUsesTheStatementForMaxHops()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            ["nodes", "relationships", "incoming"],
            [L(Node("ERBB2", "Gene", "ERBB2"), Node("poziotinib", "Drug", "poziotinib")), L(Relationship("TARGETS", "poziotinib", "ERBB2")), L(I(1))]));

        var path = Assert.Single(await store.FindPathsAsync(new PathQuery("ERBB2", "poziotinib", 3, null, 5), CancellationToken.None));

        Assert.Equal(["ERBB2", "poziotinib"], path.Nodes.Select(n => n.Id));
        Assert.Equal(Direction.Incoming, Assert.Single(path.Steps).Direction);
        Assert.Equal(Neo4jStatements.Paths[2], _server.Requests.Single().Statement);
        Assert.Contains("*1..3]", Neo4jStatements.Paths[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindPaths_MaxHopsAboveLimit_IsRefusedBeforeAnyRequest()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.FindPathsAsync(new PathQuery("a", "b", PathQuery.MaxHopsLimit + 1, null, 5), CancellationToken.None));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ListNodes_Row_BuildsCursorsFromKeyValuesAndReadsTheFlags()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            ["totalCount", "beyondAfter", "beyondBefore", "page"],
            [I(3), B(false), B(false), L(M(("node", Node("a", "Variant", "A")), ("keys", L(I(20)))), M(("node", Node("b", "Variant", "B")), ("keys", L(S(null)))))]));
        NodeOrder[] order = [new("exon")];

        var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.Variant, null, order, First: 1), CancellationToken.None);

        Assert.Equal(["a"], page.Nodes.Select(n => n.Node.Id));
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.Equal(3, page.TotalCount);
        var cursor = KeysetCursor.Decode(page.Nodes[0].Cursor, order);
        Assert.Equal(20, cursor.Values[0]!.GetValue<long>());
        var parameters = _server.Requests.Single().Parameters;
        Assert.Equal("2", parameters.GetProperty("limit").GetProperty("_value").GetString());
        Assert.Equal("p_exon", parameters.GetProperty("p1").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task ListNodes_RowWithAggregates_ReadsNumbersAndSortsFacets()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            ["totalCount", "beyondAfter", "beyondBefore", "numbers", "facets", "page"],
            [I(3), B(false), B(false), L(L(I(3), F(27.8), I(55), F(43.9), F(49.0), F(131.8)), L(I(0), S(null), S(null), S(null), S(null), I(0))),
             L(L(L(S("HER2_TKI"), I(1)), L(S("HER2_ADC"), I(1)), L(S("PRIMARY"), I(2)))), L(M(("node", Node("a", "TrialArm", "A")), ("keys", L(S("A")))))]));
        FieldRef orr = new(FilterScope.Node, "orrPercent"), flag = new(FilterScope.Node, "medianOsNotReached"), excluded = new(FilterScope.Node, "priorTherapyExcluded");

        var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.TrialArm, null, [], First: 1, Aggregate: new([orr, flag], [excluded])), CancellationToken.None);

        var aggregates = page.Aggregates!;
        Assert.Equal(new NumberSummary(orr, 3, 27.8, 55, 43.9, 49, 131.8), aggregates.Numbers[0]);

        // Cypher's sum over no number is 0: the port's is null, as every other figure of an empty set.
        Assert.Equal(new NumberSummary(flag, 0, null, null, null, null, null), aggregates.Numbers[1]);
        Assert.Equal(["PRIMARY=2", "HER2_ADC=1", "HER2_TKI=1"], aggregates.Facets[0].Counts.Select(c => $"{c.Value}={c.Count}"));
        var statement = _server.Requests.Single().Statement!;
        Assert.Contains("percentileCont(", statement, StringComparison.Ordinal);
        Assert.Contains("AS facets", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListNodes_WithoutAggregate_HasNoAggregates()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(["totalCount", "beyondAfter", "beyondBefore", "numbers", "facets", "page"], [I(0), B(false), B(false), L(), L(), L()]));

        var page = await store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, []), CancellationToken.None);

        Assert.Null(page.Aggregates);
        Assert.Contains("[] AS numbers, [] AS facetValues", _server.Requests.Single().Statement!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRelationships_Row_ReadsBothEndsCursorsFlagsAndAggregates()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            ["totalCount", "beyondAfter", "beyondBefore", "numbers", "facets", "page"],
            [I(3), B(true), B(false), L(L(I(2), F(27.8), I(55), F(41.4), F(41.4), F(82.8))), L(L(L(S("HAS_ARM"), I(3)))),
             L(M(("relationship", Relationship("HAS_ARM", "t1", "arm1")), ("from", Node("t1", "Trial", "T1")), ("to", Node("arm1", "TrialArm", "Arm 1")), ("keys", L(F(55.0)))),
               M(("relationship", Relationship("HAS_ARM", "t2", "arm2")), ("from", Node("t2", "Trial", "T2")), ("to", Node("arm2", "TrialArm", "Arm 2")), ("keys", L(S(null)))))]));
        NodeOrder[] order = [NodeOrder.AtEnd(NodeKind.TrialArm, "orrPercent", SortDirection.Descending)];
        FieldRef orr = FieldRef.AtEnd(NodeKind.TrialArm, "orrPercent"), type = new(FilterScope.Relationship, RelationshipFields.Type);
        var after = new KeysetCursor(KeysetCursor.Signature(order), [60.0], "t0|HAS_ARM|arm0|").Encode();

        var page = await store.ListRelationshipsAsync(
            new RelationshipListQuery([RelationshipType.HasArm], null, order, First: 1, After: after, Aggregate: new([orr], [type])), CancellationToken.None);

        var row = Assert.Single(page.Rows);
        Assert.Equal(new RelationshipKey(RelationshipType.HasArm, "t1", "arm1", ""), row.Relationship.Key);
        Assert.Equal(("t1", NodeKind.Trial, "arm1", NodeKind.TrialArm), (row.From.Id, row.From.Kind, row.To.Id, row.To.Kind));
        var cursor = KeysetCursor.Decode(row.Cursor, order);
        Assert.Equal(("t1|HAS_ARM|arm1|", 55.0), (cursor.Id, cursor.Values[0]!.GetValue<double>()));
        Assert.True(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(new NumberSummary(orr, 2, 27.8, 55, 41.4, 41.4, 82.8), page.Aggregates!.Numbers[0]);
        Assert.Equal(["HAS_ARM=3"], page.Aggregates.Facets[0].Counts.Select(c => $"{c.Value}={c.Count}"));
        var request = _server.Requests.Single();
        Assert.Contains("(a:GraphNode)-[r:HAS_ARM]->(b:GraphNode)", request.Statement!, StringComparison.Ordinal);
        Assert.Contains("r.key", request.Statement!, StringComparison.Ordinal);
        Assert.Equal("2", request.Parameters.GetProperty("limit").GetProperty("_value").GetString());
    }

    [Theory]
    [InlineData("exon) DETACH DELETE n //")]
    [InlineData("a.b")]
    public async Task ListNodes_FieldThatIsNoPropertyName_IsRefusedBeforeAnyRequest(string field)
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        var filter = new NodeFilter.Compare(field, FilterOperator.Equal, System.Text.Json.JsonSerializer.SerializeToElement(1));

        await Assert.ThrowsAsync<ArgumentException>(() => store.ListNodesAsync(new NodeListQuery(null, filter, []), CancellationToken.None));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Search_Row_ScoresAndNamesTheMatchedField()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(["node", "score"], [Node("trastuzumab deruxtecan", "Drug", "trastuzumab deruxtecan"), F(10.0)]));

        var hit = Assert.Single(await store.SearchAsync(new SearchQuery("DS-82", [NodeKind.Drug], 5), CancellationToken.None));

        Assert.Equal(10.0, hit.Score);
        var words = _server.Requests.Single().Parameters.GetProperty("words").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal([" ds82", " ds 82"], words.EnumerateArray().Select(w => w.GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task Search_OnlyPunctuation_SendsNothing()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        Assert.Empty(await store.SearchAsync(new SearchQuery(" - ", null, 5), CancellationToken.None));
        Assert.Empty(_server.Requests);
    }

    public void Dispose() => _server.Dispose();
}
