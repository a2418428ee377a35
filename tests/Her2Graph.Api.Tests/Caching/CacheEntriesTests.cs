using Her2Graph.Api.Caching;
using Her2Graph.Api.Tests.Support;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Her2Graph.Api.Tests.Caching;

/// <summary>Every kind of read of the seeded graph comes back from its cached bytes as it went in, audit stamps included.</summary>
public sealed class CacheEntriesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private IGraphStore Store => ((CachedGraphStore)api.Services.GetRequiredService<IGraphStore>()).Inner;

    [Fact]
    public async Task CacheEntries_NodesAndNeighbours_RoundTrip()
    {
        var ids = new[] { CacheProbe.DrugId, "ERBB2" };
        var nodes = await Store.GetNodesAsync(ids, None);
        // Two branches of one level, one with aggregates over the relationships and the nodes reached.
        var aggregate = new AggregateRequest([new FieldRef(FilterScope.Node, "orrPercent")], [new FieldRef(FilterScope.Relationship, "status"), new FieldRef(FilterScope.Node, "kind")]);
        var neighbours = await Store.GetNeighboursAsync(new NeighbourQuery(
        [
            new NeighbourBranch("all", ids, LinkPattern.All),
            new NeighbourBranch("counted", ids, LinkPattern.All, Rows: false, Aggregate: aggregate),
        ]), None);

        var nodesBack = CacheEntries.Decode<Dictionary<string, GraphNode>>(CacheEntries.Encode(nodes));
        var neighboursBack = CacheEntries.DecodeNeighbours(CacheEntries.EncodeNeighbours(neighbours));

        Assert.NotEmpty(nodes);
        Assert.Equal(Describe(nodes.Values), Describe(nodesBack.Values));
        Assert.Equal(neighbours.Keys.Select(k => k.ToString()).Order(), neighboursBack.Keys.Select(k => k.ToString()).Order());
        foreach (var (key, group) in neighbours)
        {
            Assert.NotEqual(0, group.TotalCount);
            Assert.Equal(group.TotalCount, neighboursBack[key].TotalCount);
            Assert.Equal(group.Neighbours.Select(n => (n.OriginId, n.Direction, Describe(n.Relationship), Describe(n.Node))),
                neighboursBack[key].Neighbours.Select(n => (n.OriginId, n.Direction, Describe(n.Relationship), Describe(n.Node))));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(group.Aggregates), System.Text.Json.JsonSerializer.Serialize(neighboursBack[key].Aggregates));
        }

        Assert.NotNull(neighbours[new NeighbourKey("counted", CacheProbe.DrugId)].Aggregates);
    }

    [Fact]
    public async Task CacheEntries_RelationshipsPagesSearchPathsStatisticsChanges_RoundTrip()
    {
        var relationships = (await Store.GetAllNeighboursAsync([CacheProbe.DrugId], Direction.Both, null, None))[CacheProbe.DrugId]
            .Select(n => n.Relationship.Key).ToList();
        var byKey = await Store.GetRelationshipsAsync(relationships, None);
        var page = await Store.ListNodesAsync(new NodeListQuery(NodeKind.Drug, null, [NodeOrder.ByName], First: 5), None);
        var hits = await Store.SearchAsync(new SearchQuery("exon 20", null, 10), None);
        var paths = await Store.FindPathsAsync(new PathQuery(CacheProbe.DrugId, "ERBB2", 3, null, 5), None);
        var statistics = await Store.GetStatisticsAsync(None);
        var changes = await Store.GetChangesAsync(new ChangeQuery(0, 20), None);

        Assert.All(new object[] { byKey.Count, page.Nodes.Count, hits.Count, paths.Count, changes.Count }, count => Assert.NotEqual(0, count));
        Assert.Equal(byKey.Values.Select(Describe).Order(), CacheEntries.DecodeRelationships(CacheEntries.EncodeRelationships(byKey)).Values.Select(Describe).Order());
        Assert.Equal(CacheEntries.Encode(page), CacheEntries.Encode(CacheEntries.Decode<NodePage>(CacheEntries.Encode(page))));
        Assert.Equal(CacheEntries.Encode(hits), CacheEntries.Encode(CacheEntries.Decode<List<SearchHit>>(CacheEntries.Encode(hits))));
        Assert.Equal(CacheEntries.Encode(paths), CacheEntries.Encode(CacheEntries.Decode<List<GraphPath>>(CacheEntries.Encode(paths))));
        Assert.Equal(CacheEntries.Encode(changes), CacheEntries.Encode(CacheEntries.Decode<List<ChangeRecord>>(CacheEntries.Encode(changes))));
        var statisticsBack = CacheEntries.Decode<GraphStatistics>(CacheEntries.Encode(statistics));
        Assert.Equal(statistics.Version, statisticsBack.Version);
        Assert.Equal(statistics.NodeCounts.OrderBy(p => p.Key), statisticsBack.NodeCounts.OrderBy(p => p.Key));
        Assert.Equal(statistics.RelationshipCounts.OrderBy(p => p.Key), statisticsBack.RelationshipCounts.OrderBy(p => p.Key));
        Assert.Equal(page.Nodes.Select(n => Describe(n.Node)), CacheEntries.Decode<NodePage>(CacheEntries.Encode(page)).Nodes.Select(n => Describe(n.Node)));
    }

    private static IEnumerable<string> Describe(IEnumerable<GraphNode> nodes) => nodes.Select(Describe).Order(StringComparer.Ordinal);

    private static string Describe(GraphNode node) =>
        $"{node.Id}|{node.Kind}|{node.Name}|{string.Join(',', node.Aliases)}|{node.Properties}|{Describe(node.Provenance)}|{node.Audit}";

    private static string Describe(GraphRelationship relationship) =>
        $"{relationship.Key}|{relationship.Properties}|{Describe(relationship.Provenance)}|{relationship.Audit}";

    private static string Describe(Provenance provenance) =>
        $"{string.Join(',', provenance.Citations.Select(c => $"{c.Kind}:{c.Value}"))}|{provenance.Status}|{provenance.StatusNote}|{provenance.EvidenceLevel}";
}
