using System.Text.Json;
using System.Text.Json.Nodes;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Storage.Neo4j.Tests.Support;
using Xunit;
using static Her2Graph.Storage.Neo4j.Tests.Support.TypedJson;

namespace Her2Graph.Storage.Neo4j.Tests.Http;

/// <summary>
/// What the store makes of the rows of a traversal level (one row per branch and origin that has edges: tag, origin,
/// total, edges, numbers, facets) and what it sends: one request for every branch, values and property names bound.
/// </summary>
public sealed class Neo4jNeighbourDecodingTests : IDisposable
{
    private static readonly string[] Columns = ["tag", "origin", "total", "edges", "numbers", "facets"];

    private readonly FakeNeo4jHandler _server = new();

    [Fact]
    public async Task GetNeighbours_Rows_GroupByTagAndOriginWithDirectionAndEmptyEntries()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            Columns,
            [S("drugs"), S("ERBB2"), I(2), L(Edge(1, Relationship("TARGETS", "poziotinib", "ERBB2"), Node("poziotinib", "Drug", "poziotinib")),
                Edge(0, Relationship("IN_GENE", "ERBB2", "EGFR"), Node("EGFR", "Gene", "EGFR"))), L(), L()],
            [S("genes"), S("ERBB2"), I(1), L(Edge(0, Relationship("IN_GENE", "ERBB2", "EGFR"), Node("EGFR", "Gene", "EGFR"))), L(), L()]));
        var query = new NeighbourQuery(
        [
            new NeighbourBranch("drugs", ["ERBB2", "nothing"], new LinkPattern([RelationshipType.Targets, RelationshipType.InGene], Direction.Both)),
            new NeighbourBranch("genes", ["ERBB2"], new LinkPattern([RelationshipType.InGene], Direction.Outgoing)),
            new NeighbourBranch("none", [], new LinkPattern([], Direction.Both)),
        ]);

        var groups = await store.GetNeighboursAsync(query, CancellationToken.None);

        Assert.Equal(["drugs/ERBB2", "drugs/nothing", "genes/ERBB2"], groups.Keys.Select(k => $"{k.Tag}/{k.OriginId}").Order(StringComparer.Ordinal));
        var drugs = groups[new("drugs", "ERBB2")];
        Assert.Equal([Direction.Incoming, Direction.Outgoing], drugs.Neighbours.Select(n => n.Direction));
        Assert.Equal(["poziotinib", "EGFR"], drugs.Neighbours.Select(n => n.Node.Id));
        Assert.All(drugs.Neighbours, n => Assert.Equal("ERBB2", n.OriginId));
        Assert.Equal(EvidenceLevel.ClinicalTrial, drugs.Neighbours[0].Relationship.Provenance.EvidenceLevel);
        Assert.Equal(2, drugs.TotalCount);
        Assert.Null(drugs.Aggregates);
        Assert.Equal(NeighbourGroup.Empty, groups[new("drugs", "nothing")]);
        Assert.Equal(1, groups[new("genes", "ERBB2")].TotalCount);

        // One request for the level: one UNION ALL part per branch that has nodes, the types written as a pattern.
        var request = Assert.Single(_server.Requests);
        Assert.Equal(2, request.Statement!.Split(" UNION ALL ").Length);
        Assert.Contains("-[r:TARGETS|IN_GENE]-(m:GraphNode)", request.Statement, StringComparison.Ordinal);
        Assert.Contains("-[r:IN_GENE]->(m:GraphNode)", request.Statement, StringComparison.Ordinal);
        Assert.Contains(["ERBB2", "nothing"], BoundValues(request.Parameters));
        Assert.Contains(["drugs"], BoundValues(request.Parameters));
    }

    [Fact]
    public async Task GetNeighbours_RowsFalseWithAggregates_ReadsFiguresAndFacetsAndFillsGroupsWithoutRows()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        _server.Respond(Response(
            Columns,
            [S("counts"), S("ILD"), I(2), L(), L(L(I(2), F(12.9), I(26), F(19.45), F(19.45), F(38.9))),
             L(L(L(S("RANDOMIZED_TRIAL"), I(1)), L(S("CLINICAL_TRIAL"), I(1))), L())]));
        FieldRef anyGrade = new(FilterScope.Relationship, "anyGradePercent"), evidence = new(FilterScope.Relationship, RelationshipFields.EvidenceLevel),
            notes = new(FilterScope.Relationship, "notes");
        var branch = new NeighbourBranch(
            "counts", ["ILD", "diarrhea"], new LinkPattern([RelationshipType.HasAdverseEvent], Direction.Incoming), Rows: false, Aggregate: new([anyGrade], [evidence, notes]));

        var groups = await store.GetNeighboursAsync(new NeighbourQuery([branch]), CancellationToken.None);

        var ild = groups[new("counts", "ILD")];
        Assert.Empty(ild.Neighbours);
        Assert.Equal(2, ild.TotalCount);
        Assert.Equal(new NumberSummary(anyGrade, 2, 12.9, 26, 19.45, 19.45, 38.9), ild.Aggregates!.Numbers.Single());
        Assert.Equal(["CLINICAL_TRIAL=1", "RANDOMIZED_TRIAL=1"], ild.Aggregates.Facets[0].Counts.Select(c => $"{c.Value}={c.Count}"));
        Assert.Empty(ild.Aggregates.Facets[1].Counts);

        // An origin without a row still answers every field asked.
        var diarrhea = groups[new("counts", "diarrhea")];
        Assert.Equal(0, diarrhea.TotalCount);
        Assert.Equal(new NumberSummary(anyGrade, 0, null, null, null, null, null), diarrhea.Aggregates!.Numbers.Single());
        Assert.Equal([evidence, notes], diarrhea.Aggregates.Facets.Select(f => f.Field));
        Assert.All(diarrhea.Aggregates.Facets, f => Assert.Empty(f.Counts));

        var request = _server.Requests.Single();
        Assert.Contains("[] AS edges", request.Statement, StringComparison.Ordinal);
        Assert.Contains(["p_anyGradePercent"], BoundValues(request.Parameters));
        Assert.Contains(["p_notes"], BoundValues(request.Parameters));
    }

    [Fact]
    public async Task GetNeighbours_ViaAndConditions_AreOneStatementWithBoundValues()
    {
        var store = await FakeNeo4j.StoreAsync(_server);
        var where = new NodeFilter.AllOf(
        [
            new NodeFilter.Compare("anyGradePercent", FilterOperator.GreaterThan, JsonSerializer.SerializeToElement(20), FilterScope.Relationship),
            new NodeFilter.Linked(new LinkPattern([RelationshipType.HasAdverseEvent], Direction.Incoming), FilterOperator.GreaterThanOrEqual, 1),
        ]);
        var query = new NeighbourQuery(
        [
            new NeighbourBranch("events", ["T-DXd"], new LinkPattern([RelationshipType.HasAdverseEvent], Direction.Outgoing, NodeKind.AdverseEvent, where),
                [new NodeOrder("anyGradePercent", SortDirection.Descending, FilterScope.Relationship)],
                Via: new Reach.Hop(new LinkPattern([RelationshipType.Evaluates], Direction.Incoming, NodeKind.TrialArm))),
            new NeighbourBranch("classes", ["YVMA"], new LinkPattern([RelationshipType.Studies], Direction.Incoming), Via: new Reach.Closure(RelationshipType.MemberOf, Direction.Outgoing)),
        ]);

        var groups = await store.GetNeighboursAsync(query, CancellationToken.None);

        Assert.All(groups.Values, g => Assert.Equal(NeighbourGroup.Empty, g));
        var request = Assert.Single(_server.Requests);
        Assert.Contains("MATCH (o:GraphNode {id: origin}) MATCH (o)<-[t:EVALUATES]-(s:GraphNode)", request.Statement, StringComparison.Ordinal);
        Assert.Contains("MATCH (o:GraphNode {id: origin})-[:MEMBER_OF*0..]->(s:GraphNode) WITH DISTINCT origin, s", request.Statement, StringComparison.Ordinal);
        Assert.Contains("EXISTS { MATCH (m)<-[r1:HAS_ADVERSE_EVENT]-(n1:GraphNode)", request.Statement, StringComparison.Ordinal);
        Assert.Contains("WITH DISTINCT origin, r, m", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("20", request.Statement, StringComparison.Ordinal);
        Assert.Contains(["TrialArm"], BoundValues(request.Parameters));
        Assert.Contains(["AdverseEvent"], BoundValues(request.Parameters));
    }

    [Fact]
    public async Task GetNeighbours_NoNodes_SendsNothing()
    {
        var store = await FakeNeo4j.StoreAsync(_server);

        var groups = await store.GetNeighboursAsync(new NeighbourQuery([new NeighbourBranch("a", [], LinkPattern.All)]), CancellationToken.None);

        Assert.Empty(groups);
        Assert.Empty(_server.Requests);
    }

    private static JsonObject Edge(long incoming, JsonObject relationship, JsonObject node) =>
        M(("incoming", I(incoming)), ("relationship", relationship), ("node", node));

    /// <summary>Each bound parameter's value as strings (a list's elements, or the one scalar).</summary>
    private static List<string[]> BoundValues(JsonElement parameters) =>
        parameters.EnumerateObject().Select(p => p.Value.GetProperty("_value") switch
        {
            { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Select(i => i.GetProperty("_value").ToString()).ToArray(),
            var scalar => [scalar.ToString()],
        }).ToList();

    public void Dispose() => _server.Dispose();
}
