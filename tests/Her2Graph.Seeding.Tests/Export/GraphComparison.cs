using System.Globalization;
using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;
using Her2Graph.Seeding.Export;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>
/// Compares two graphs field by field: every node's id, kind, name, aliases, properties, citations (value and kind),
/// status, status note and xrefs (every field); every relationship's key, properties, citations, status, status note
/// and evidence level. Each entity is rendered to one line so a difference shows as a readable diff.
/// </summary>
internal static class GraphComparison
{
    public static async Task AssertSameContentAsync(IGraphStore expected, IGraphStore actual)
    {
        var left = await GraphReader.ReadAsync(expected, null, CancellationToken.None);
        var right = await GraphReader.ReadAsync(actual, null, CancellationToken.None);
        AssertSameContent(left, right);
    }

    public static void AssertSameContent(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.NotEmpty(expected.Nodes);
        Assert.Equal(expected.Nodes.Select(Render), actual.Nodes.Select(Render));
        Assert.Equal(expected.Relationships.Select(Render), actual.Relationships.Select(Render));
        Assert.Equal(expected.NodeCounts, actual.NodeCounts);
        Assert.Equal(expected.RelationshipCounts, actual.RelationshipCounts);
    }

    public static string Render(GraphNode node) => string.Join(" ¦ ",
        node.Id,
        node.Kind.ToString(),
        node.Name,
        string.Join(",", node.Aliases),
        node.Properties.Json,
        Render(node.Provenance),
        string.Join(",", node.Xrefs.Select(x => $"{x.Scheme}:{x.Id}:{x.Status}:{x.Source}:{x.Label}:{x.OtherAllele}:{x.Note}")));

    public static string Render(GraphRelationship relationship) => string.Join(" ¦ ",
        relationship.Key.ToString(),
        relationship.Properties.Json,
        Render(relationship.Provenance));

    private static string Render(Provenance provenance) => string.Join(" ¦ ",
        string.Join(",", provenance.Citations.Select(c => $"{c.Kind}={c.Value}")),
        provenance.Status.ToString(),
        provenance.StatusNote ?? "(no note)",
        provenance.EvidenceLevel?.ToString() ?? "(no level)",
        provenance.Citations.Count.ToString(CultureInfo.InvariantCulture));
}
