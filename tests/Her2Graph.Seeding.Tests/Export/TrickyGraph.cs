using Her2Graph.Domain.Graph;
using Her2Graph.Domain.Store;

namespace Her2Graph.Seeding.Tests.Export;

/// <summary>
/// A two-node graph whose texts hold what file formats must escape: quotes, backslashes, tabs, line breaks, YAML's
/// special words and characters outside the BMP. Written straight to the store, as a curator mutation would.
/// </summary>
internal static class TrickyGraph
{
    public const string Text = "say \"no\" \\ back\tslash\nnew line: true # not a comment, ≥3 😀 null ~ [x] {y} 'z' \r end";

    private static readonly string[] Prevalence = ["a\tb", "2022-01"];

    public static async Task WriteAsync(IGraphStore store)
    {
        var gene = new GraphNode("TRICKY1", NodeKind.Gene, "true", ["null", "- dash", "12"], PropertyBag.Of(("roleInNsclc", Text), ("prevalence", Prevalence)),
            new Provenance([Citation.Parse("PMID:1")], VerificationStatus.Verified, Text));
        var other = new GraphNode("TRICKY2", NodeKind.Gene, "2022-08-11", [], PropertyBag.Empty, new Provenance([], VerificationStatus.FromKnowledge));
        var link = new GraphRelationship(RelationshipType.CoAlteredWith, "TRICKY1", "TRICKY2", "a: b # c",
            PropertyBag.Of(("context", Text), ("count", 3)),
            new Provenance([Citation.Parse("REF: x; y"), Citation.Parse("DOI:10.1000/xyz")], VerificationStatus.Unverified, Text, EvidenceLevel.Curated));
        await store.WriteAsync(GraphWrite.Upsert([gene, other], [link], new WriteContext("curator", DateTimeOffset.UnixEpoch)), CancellationToken.None);
    }
}
