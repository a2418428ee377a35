using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Api.Tests.Hardening;

/// <summary>
/// Drugs that all target one another: between two of them, the simple paths of up to 6 hops number in the millions,
/// so a paths search at maxHops 6 keeps SQLite busy for minutes unless it is interrupted.
/// </summary>
public static class DenseGraph
{
    public static string Key(int i) => $"dense-drug-{i:D2}";

    public static GraphWrite Of(int drugs)
    {
        var provenance = new Provenance([Citation.Parse("PMID:1")], VerificationStatus.Verified, null);
        var nodes = Enumerable.Range(0, drugs)
            .Select(i => new GraphNode(Key(i), NodeKind.Drug, Key(i), [], PropertyBag.Empty, provenance))
            .ToList();
        var relationships = new List<GraphRelationship>();
        for (var a = 0; a < drugs; a++)
        {
            for (var b = a + 1; b < drugs; b++)
                relationships.Add(new GraphRelationship(RelationshipType.Targets, Key(a), Key(b), string.Empty, PropertyBag.Empty, provenance));
        }

        return GraphWrite.Upsert(nodes, relationships, new WriteContext("test", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), "dense graph"));
    }
}
